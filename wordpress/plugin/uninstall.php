<?php
/**
 * Uninstall: removes the plugin's one option (on every site of a network).
 * Posts keep their blocks' markup, which shows its fallback line.
 *
 * @package SafeguardingWidgets
 */

defined( 'ABSPATH' ) || exit;
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $safeguarding_widgets_site ) {
		switch_to_blog( $safeguarding_widgets_site );
		delete_option( 'safeguarding_widgets' );
		restore_current_blog();
	}
} else {
	delete_option( 'safeguarding_widgets' );
}
