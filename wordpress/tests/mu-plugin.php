<?php
/**
 * Test only (copied to wp-content/mu-plugins by test/node/wordpress.test.js):
 * application passwords over plain http, on this loopback-only site, so
 * that the test makes REST calls as each role.
 *
 * @package SafeguardingWidgets
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_is_application_passwords_available', '__return_true' );
