<?php
/**
 * The plugin's own strings (the settings page, the blocks' names, the
 * sidebar) in the language of the person reading them: languages/<code>.mo
 * for PHP and languages/<code>.json for the block editor script, built from
 * the drafts in wordpress/languages/ for the languages the widgets speak,
 * and picked by the same rule as the widgets' language (locale_for): pl_PL
 * gets pl, fa_AF gets fa-AF.
 *
 * @package SafeguardingWidgets
 */

namespace SafeguardingWidgets;

defined( 'ABSPATH' ) || exit;

const TEXT_DOMAIN = 'safeguarding-widgets';

/** The shipped translation for the current user's language, or ''. */
function translation_code() {
	return locale_for( determine_locale(), 'languages', 'mo' );
}

/**
 * Loads the PHP strings: on `init`, before anything asks for one, and again
 * whenever WordPress switches language in a request (switch_to_locale(), for
 * an e-mail in its reader's language), which unloads every text domain.
 *
 * @param string $locale The language switched to; the current user's when absent.
 */
function load_translations( $locale = '' ) {
	unload_textdomain( TEXT_DOMAIN );
	$code = '' === $locale ? translation_code() : locale_for( $locale, 'languages', 'mo' );
	if ( '' !== $code ) {
		load_textdomain( TEXT_DOMAIN, dirname( PLUGIN_FILE ) . '/languages/' . $code . '.mo' );
	}
}
add_action( 'init', __NAMESPACE__ . '\load_translations', 1, 0 );
add_action( 'change_locale', __NAMESPACE__ . '\load_translations' );

/**
 * The block editor script's strings: WordPress looks for a file named after
 * the exact locale and the script; this gives it ours by the rule above.
 *
 * @param string|false $file   The file WordPress would read.
 * @param string       $handle The script's handle.
 * @param string       $domain The text domain.
 * @return string|false The file to read.
 */
function script_translations( $file, $handle, $domain ) {
	if ( TEXT_DOMAIN !== $domain || EDITOR_HANDLE !== $handle ) {
		return $file;
	}
	$code = translation_code();
	return '' === $code ? false : dirname( PLUGIN_FILE ) . '/languages/' . $code . '.json';
}
add_filter( 'load_script_translation_file', __NAMESPACE__ . '\script_translations', 10, 3 );
