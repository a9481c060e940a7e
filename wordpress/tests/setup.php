<?php
/**
 * Installs the test site from PHP's command line, for
 * test/node/wordpress.test.js: WordPress, an Administrator, an Editor and an
 * Author (each with an application password), and the plugin activated.
 * Prints what the test needs as JSON. (Names avoid `$plugin`: WordPress's
 * loader overwrites that global.)
 *
 * Usage: php setup.php <host> <password for all three users>
 *
 * @package SafeguardingWidgets
 */

if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}

$_SERVER['HTTP_HOST']   = $argv[1];
$_SERVER['REQUEST_URI'] = '/';
$sgw_password           = $argv[2];

define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$sgw_installed = wp_install( 'Safeguarding test site', 'admin', 'admin@example.org', false, '', $sgw_password );
$sgw_users     = array( 'admin' => (int) $sgw_installed['user_id'] );
foreach ( array( 'editor', 'author' ) as $sgw_role ) {
	$sgw_id = wp_insert_user(
		array(
			'user_login' => $sgw_role,
			'user_pass'  => $sgw_password,
			'user_email' => $sgw_role . '@example.org',
			'role'       => $sgw_role,
		)
	);
	if ( is_wp_error( $sgw_id ) ) {
		fwrite( STDERR, $sgw_id->get_error_message() . "\n" );
		exit( 1 );
	}
	$sgw_users[ $sgw_role ] = $sgw_id;
}

$sgw_out = array( 'users' => array() );
foreach ( $sgw_users as $sgw_role => $sgw_id ) {
	list( $sgw_app_password ) = WP_Application_Passwords::create_new_application_password( $sgw_id, array( 'name' => 'test-wordpress' ) );
	// No welcome guide over the block editor.
	update_user_meta( $sgw_id, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
	$sgw_out['users'][ $sgw_role ] = array(
		'id'          => $sgw_id,
		'login'       => $sgw_role,
		'appPassword' => $sgw_app_password,
	);
}

$sgw_activated = activate_plugin( 'safeguarding-widgets/safeguarding-widgets.php' );
if ( is_wp_error( $sgw_activated ) ) {
	fwrite( STDERR, 'activate_plugin: ' . $sgw_activated->get_error_message() . "\n" );
	exit( 1 );
}
$sgw_out['active']   = is_plugin_active( 'safeguarding-widgets/safeguarding-widgets.php' );
$sgw_out['theme']    = get_stylesheet();
$sgw_out['wpVersion'] = get_bloginfo( 'version' );
echo wp_json_encode( $sgw_out );
