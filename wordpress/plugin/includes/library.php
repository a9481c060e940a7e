<?php
/**
 * Loading the library: lib/safeguarding-widgets.js as a module with its
 * `integrity`, once per page, only on pages that hold a widget (or on every
 * page when the site-wide quick exit is on); the page config; the locale
 * file preloaded when the site's language has one; the site-wide quick exit
 * at the top of the body. Every file comes from this site.
 *
 * @package SafeguardingWidgets
 */

namespace SafeguardingWidgets;

defined( 'ABSPATH' ) || exit;

const LIBRARY_HANDLE      = 'safeguarding-widgets';
const PLACEHOLDERS_HANDLE = 'safeguarding-widgets-placeholders';

/** The URL of a file of the library (relative to lib/). */
function library_url( $file ) {
	return plugins_url( 'lib/' . $file, PLUGIN_FILE );
}

/**
 * The Subresource Integrity value of a file of the library, from the .sri
 * file written beside it at build; '' when absent or malformed.
 */
function integrity( $file ) {
	static $values = array();
	if ( ! isset( $values[ $file ] ) ) {
		$path             = dirname( PLUGIN_FILE ) . '/lib/' . $file . '.sri';
		$value            = is_readable( $path ) ? trim( (string) file_get_contents( $path ) ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$values[ $file ] = preg_match( '#^sha384-[A-Za-z0-9+/]+={0,2}$#', $value ) ? $value : '';
	}
	return $values[ $file ];
}

/**
 * Registers the library. No version in its URL: each locale file imports
 * `../safeguarding-widgets.js`, and a URL with `?ver=` would be a second
 * copy of the module. The integrity value pins the bytes instead.
 */
function register_library() {
	wp_register_script( LIBRARY_HANDLE, library_url( 'safeguarding-widgets.js' ), array(), null, false ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	wp_register_style( PLACEHOLDERS_HANDLE, library_url( 'placeholders.css' ), array(), VERSION );
}
add_action( 'init', __NAMESPACE__ . '\register_library' );

/**
 * Prints the library as a module script with its integrity. (WordPress 6.1
 * has no wp_enqueue_script_module.)
 *
 * @param string $tag    The script tag WordPress would print.
 * @param string $handle Its handle.
 * @param string $src    Its URL.
 */
function module_tag( $tag, $handle, $src ) {
	if ( LIBRARY_HANDLE !== $handle ) {
		return $tag;
	}
	return sprintf(
		'<script type="module" src="%s" integrity="%s" crossorigin="anonymous" id="safeguarding-widgets-js"></script>' . "\n",
		esc_url( $src ),
		esc_attr( integrity( 'safeguarding-widgets.js' ) )
	);
}
add_filter( 'script_loader_tag', __NAMESPACE__ . '\module_tag', 10, 3 );

/** Whether `$content` holds a widget: a block, the div form or a tag. */
function has_widget( $content ) {
	return is_string( $content ) && (
		false !== strpos( $content, 'data-safeguard' ) ||
		false !== strpos( $content, '<!-- wp:safeguarding-widgets/' ) ||
		false !== strpos( $content, '<safeguard-' )
	);
}

/**
 * Enqueues the library (WordPress prints it once however often this runs)
 * and the page config. Before wp_head both go in the head; found later (a
 * widget in a sidebar or a reusable block) they go in the footer, which
 * works as well: module scripts run once the page is parsed.
 */
function enqueue_library() {
	static $done = false;
	wp_enqueue_script( LIBRARY_HANDLE );
	if ( $done || is_admin() ) {
		return;
	}
	$done = true;
	if ( did_action( 'wp_head' ) ) {
		add_action( 'wp_footer', __NAMESPACE__ . '\print_config', 1 );
	} else {
		add_action( 'wp_head', __NAMESPACE__ . '\print_config', 1 );
		add_action( 'wp_head', __NAMESPACE__ . '\print_locale_preload', 2 );
	}
}

/** On a page that needs it, the library (and the placeholder CSS for the site-wide quick exit). */
function enqueue_for_page() {
	if ( quick_exit_everywhere() ) {
		wp_enqueue_style( PLACEHOLDERS_HANDLE );
		enqueue_library();
		return;
	}
	global $wp_query;
	foreach ( (array) ( $wp_query->posts ?? array() ) as $post ) {
		if ( $post instanceof \WP_Post && has_widget( $post->post_content ) ) {
			enqueue_library();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\enqueue_for_page' );

/**
 * Content rendered outside the main query (widget areas, reusable blocks,
 * a theme's own loop) that holds a widget enqueues the library too.
 *
 * @param string $content The rendered content.
 * @return string The content, unchanged.
 */
function enqueue_for_content( $content ) {
	if ( ! is_admin() && has_widget( $content ) ) {
		enqueue_library();
	}
	return $content;
}
add_filter( 'the_content', __NAMESPACE__ . '\enqueue_for_content', 20 );
add_filter( 'widget_block_content', __NAMESPACE__ . '\enqueue_for_content', 20 );
add_filter( 'widget_text_content', __NAMESPACE__ . '\enqueue_for_content', 20 );
add_filter( 'render_block', __NAMESPACE__ . '\enqueue_for_content', 20 );

/** The page config, from the settings, as the library reads it. */
function print_config() {
	$config = page_config();
	if ( ! $config ) {
		return;
	}
	// JSON_HEX_TAG writes < and > as \u003C and \u003E, so a value holding
	// "</script>" cannot end the element; the others keep & ' " inert too.
	$json = wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT );
	if ( false === $json ) {
		return;
	}
	echo '<script type="application/json" id="safeguard-config">' . $json . "</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped,SafeguardingWidgets.Security.EscapedOutput.OutputNotEscaped -- JSON with every <, >, &, ' and " escaped.
}

/**
 * The shipped locale the library will pick for `$language` (a BCP 47 tag
 * such as `pl-PL`, what `<html lang>` says): the same rule as the library's
 * pickLocale, an exact match, else the same language. '' for English.
 * The plugin's own strings (languages/) are picked by the same rule.
 *
 * @param string $language The page's language tag.
 * @param string $folder   The folder of the plugin that holds a file per locale.
 * @param string $type     Those files' extension.
 */
function locale_for( $language, $folder = 'lib/locales', $type = 'js' ) {
	$tag     = strtolower( str_replace( '_', '-', trim( $language ) ) );
	$base    = explode( '-', $tag )[0];
	$matches = array();
	foreach ( glob( dirname( PLUGIN_FILE ) . "/$folder/*.$type" ) as $file ) {
		$code = basename( $file, ".$type" );
		if ( strtolower( $code ) === $tag ) {
			return $code;
		}
		if ( explode( '-', strtolower( $code ) )[0] === $base ) {
			$matches[] = $code;
		}
	}
	return $matches ? $matches[0] : '';
}

/**
 * On a site in a language the library translates, it imports
 * locales/<code>.js (in the file's own case: fa-AF.js) once it has run;
 * preloading it (with its own integrity) fetches both at once.
 */
function print_locale_preload() {
	$locale = locale_for( get_bloginfo( 'language' ) );
	if ( '' === $locale ) {
		return;
	}
	$file = 'locales/' . $locale . '.js';
	printf(
		'<link rel="modulepreload" href="%s" integrity="%s" crossorigin="anonymous">' . "\n",
		esc_url( library_url( $file ) ),
		esc_attr( integrity( $file ) )
	);
}

/** The site-wide quick exit, first in the body, where sticky works. */
function print_quick_exit() {
	if ( ! quick_exit_everywhere() ) {
		return;
	}
	$href = settings()['exit_href'] ?? '';
	printf(
		'<safeguard-quick-exit%s><a href="%s">%s</a></safeguard-quick-exit>' . "\n",
		'' === $href ? '' : ' href="' . esc_url( $href, rule( 'linkSchemes' ) ) . '"',
		esc_url( '' === $href ? rule( 'exitHref' ) : $href, rule( 'linkSchemes' ) ),
		esc_html__( 'Exit this page', 'safeguarding-widgets' )
	);
}
add_action( 'wp_body_open', __NAMESPACE__ . '\print_quick_exit', 1 );
