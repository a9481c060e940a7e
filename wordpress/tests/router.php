<?php
/**
 * Router for PHP's built-in server in test/node/wordpress.test.js:
 * `php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php`. Debian keeps
 * wp-content in /var/lib/wordpress, outside the document root: files under
 * /wp-content/ are served from there. Everything else is WordPress as
 * installed (files as they are, PHP run, other paths through index.php).
 *
 * @package SafeguardingWidgets
 */

$sgw_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( 0 === strpos( $sgw_path, '/wp-content/' ) ) {
	$sgw_root = '/var/lib/wordpress';
	$sgw_file = realpath( $sgw_root . $sgw_path );
	$sgw_base = realpath( $sgw_root . '/wp-content' );
	if ( false === $sgw_file || 0 !== strpos( $sgw_file, $sgw_base . '/' ) || ! is_file( $sgw_file ) || preg_match( '/\.php$/', $sgw_file ) ) {
		http_response_code( 404 );
		return true;
	}
	$sgw_types = array(
		'html'  => 'text/html; charset=utf-8',
		'js'    => 'text/javascript; charset=utf-8',
		'css'   => 'text/css; charset=utf-8',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'woff2' => 'font/woff2',
		'sri'   => 'text/plain',
	);
	$sgw_ext = strtolower( pathinfo( $sgw_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $sgw_types[ $sgw_ext ] ?? 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $sgw_file ) );
	readfile( $sgw_file );
	return true;
}

$sgw_file = $_SERVER['DOCUMENT_ROOT'] . $sgw_path;
if ( '/' !== $sgw_path && ( is_file( $sgw_file ) || is_dir( $sgw_file ) ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
