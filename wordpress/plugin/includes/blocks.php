<?php
/**
 * The blocks: one per widget, registered from blocks/<name>/block.json
 * (generated from custom-elements.json at build), with the block editor
 * script (build/editor.js). In the editor the library is loaded as on the
 * page, so each block's preview is the live widget.
 *
 * @package SafeguardingWidgets
 */

namespace SafeguardingWidgets;

defined( 'ABSPATH' ) || exit;

const EDITOR_HANDLE = 'safeguarding-widgets-editor';

/** Registers the editor script, then every block that names it. */
function register_blocks() {
	wp_register_script(
		EDITOR_HANDLE,
		plugins_url( 'build/editor.js', PLUGIN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		VERSION,
		true
	);
	foreach ( glob( dirname( PLUGIN_FILE ) . '/blocks/*/block.json' ) as $metadata ) {
		register_block_type( dirname( $metadata ) );
	}
}
add_action( 'init', __NAMESPACE__ . '\register_blocks' );

/** The library and the page config in the block editor, for the live previews. */
function editor_assets() {
	enqueue_library();
	add_action( 'admin_footer', __NAMESPACE__ . '\print_config' );
}
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\editor_assets' );
