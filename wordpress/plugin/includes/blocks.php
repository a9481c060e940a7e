<?php
/**
 * The blocks: one per widget, registered from blocks/<name>/block.json
 * (generated from custom-elements.json at build), with the block editor
 * script (build/editor.js) and its translations (languages/). Each block's
 * preview is the live widget: the editor script defines the library in the
 * document the block is drawn in (the iframed canvas, the inserter's
 * preview), from the URL, integrity and page config printed before it.
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
	wp_set_script_translations( EDITOR_HANDLE, TEXT_DOMAIN, dirname( PLUGIN_FILE ) . '/languages' );
	foreach ( glob( dirname( PLUGIN_FILE ) . '/blocks/*/block.json' ) as $metadata ) {
		register_block_type( dirname( $metadata ) );
	}
}
add_action( 'init', __NAMESPACE__ . '\register_blocks' );

/**
 * What the editor script needs to define the widgets wherever a block is
 * drawn: the library's URL and integrity, and the page config, as the front
 * end prints them. The config also names the site's language (`locale`): the
 * front end's pages say it in `<html lang>`, which the editor's iframes lack
 * and the editor page sets to the editing user's own language.
 */
function editor_library() {
	$library = array(
		'src'       => library_url( 'safeguarding-widgets.js' ),
		'integrity' => integrity( 'safeguarding-widgets.js' ),
		'config'    => array_merge( page_config(), array( 'locale' => get_bloginfo( 'language' ) ) ),
	);
	// JSON_HEX_TAG: no value can end the script element.
	wp_add_inline_script( EDITOR_HANDLE, 'window.safeguardingWidgetsLibrary = ' . wp_json_encode( $library, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\editor_library' );
