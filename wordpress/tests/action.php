<?php
/**
 * One step on the test site from PHP's command line, for
 * test/node/wordpress.test.js. Prints JSON.
 *
 * Usage: php action.php <host> option|deactivate|activate|uninstall|language <locale>|switched <locale> <text>
 *
 * @package SafeguardingWidgets
 */

if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}

$_SERVER['HTTP_HOST']   = $argv[1];
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$sgw_file = 'safeguarding-widgets/safeguarding-widgets.php';
switch ( $argv[2] ) {
	case 'option':
		echo wp_json_encode( get_option( 'safeguarding_widgets', null ) );
		break;
	case 'deactivate':
		deactivate_plugins( $sgw_file );
		echo wp_json_encode( is_plugin_active( $sgw_file ) );
		break;
	case 'activate':
		echo wp_json_encode( ! is_wp_error( activate_plugin( $sgw_file ) ) );
		break;
	case 'uninstall':
		// What Plugins › Delete runs before it removes the files.
		uninstall_plugin( $sgw_file );
		echo wp_json_encode( get_option( 'safeguarding_widgets', null ) );
		break;
	case 'language':
		// The site language (Settings › General; WordPress's own
		// translations come from Debian's wordpress-l10n).
		$wpdb->replace( $wpdb->options, array( 'option_name' => 'WPLANG', 'option_value' => $argv[3] ?? '', 'autoload' => 'yes' ) );
		wp_cache_delete( 'alloptions', 'options' );
		echo wp_json_encode( get_option( 'WPLANG' ) );
		break;
	case 'switched':
		// One of the plugin's strings after switch_to_locale(), as WordPress
		// writes an e-mail in its reader's language.
		switch_to_locale( $argv[3] );
		echo wp_json_encode( __( $argv[4], 'safeguarding-widgets' ) ); // phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText -- the string under test.
		restore_previous_locale();
		break;
	default:
		exit( 1 );
}
