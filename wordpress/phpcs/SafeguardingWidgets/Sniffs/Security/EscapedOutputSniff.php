<?php
/**
 * Output is escaped: every operand of `echo`, `print` and the arguments of
 * `printf` and `vprintf` is a literal, or the result of an escaping
 * function; `_e()` and `_ex()`, which print a translation as it is, are
 * refused (esc_html_e() escapes it). WordPress's
 * own standard (WordPress.Security.EscapeOutput) checks this and more; it is
 * not packaged for Debian, whose PHP_CodeSniffer runs this sniff instead.
 *
 * @package SafeguardingWidgets
 */

namespace SafeguardingWidgets\Sniffs\Security;

use PHP_CodeSniffer\Files\File;
use PHP_CodeSniffer\Sniffs\Sniff;

/** Flags output that is not a literal or an escaping function's result. */
class EscapedOutputSniff implements Sniff {

	/** Functions whose result is safe to print: WordPress's escaping and translating-then-escaping functions. */
	const ESCAPING = array( 'esc_html', 'esc_attr', 'esc_url', 'esc_textarea', 'esc_html__', 'esc_attr__', 'esc_html_x', 'esc_attr_x', 'wp_kses', 'wp_kses_post', 'absint', 'intval', 'checked', 'selected', 'disabled' );

	/** Functions that print their arguments. */
	const PRINTING = array( 'printf', 'vprintf' );

	/** Functions that print a translation unescaped. */
	const UNESCAPED = array( '_e', '_ex' );

	/** The tokens that print. */
	public function register() {
		return array( T_ECHO, T_PRINT, T_STRING );
	}

	/**
	 * Checks one statement that prints.
	 *
	 * @param File $file  The file.
	 * @param int  $start The position of `echo`, `print` or `printf`.
	 */
	public function process( File $file, $start ) {
		$tokens = $file->getTokens();
		if ( T_STRING === $tokens[ $start ]['code'] ) {
			$function = strtolower( $tokens[ $start ]['content'] );
			if ( in_array( $function, self::UNESCAPED, true ) ) {
				$file->addError( '%s() prints a translation unescaped: use esc_html_e() or esc_attr_e().', $start, 'UnescapedTranslation', array( $function ) );
				return;
			}
			if ( ! in_array( $function, self::PRINTING, true ) ) {
				return;
			}
			$open = $file->findNext( T_WHITESPACE, $start + 1, null, true );
			if ( T_OPEN_PARENTHESIS !== $tokens[ $open ]['code'] ) {
				return;
			}
			$from = $open + 1;
			$end  = $tokens[ $open ]['parenthesis_closer'];
		} else {
			$from = $start + 1;
			$end  = $file->findEndOfStatement( $start );
		}
		// Each operand, split on top-level `.`, `,` and `??` (and the branches
		// of `?:`, whose condition is not printed), must start safely: a
		// group in brackets is read as one operand, which cannot be seen to
		// be escaped, but the brackets of a call are passed over.
		$expect  = true;
		$unsafe  = array();
		$flagged = array();
		for ( $i = $from; $i < $end; $i++ ) {
			$code = $tokens[ $i ]['code'];
			if ( isset( $tokens[ $i ]['parenthesis_closer'] ) && T_OPEN_PARENTHESIS === $code ) {
				if ( $expect ) {
					$unsafe[] = $i;
					$expect   = false;
				}
				$i = $tokens[ $i ]['parenthesis_closer'];
				continue;
			}
			if ( T_INLINE_THEN === $code ) {
				$unsafe = array();
			}
			if ( T_COMMA === $code ) {
				$flagged = array_merge( $flagged, $unsafe );
				$unsafe  = array();
			}
			if ( in_array( $code, array( T_STRING_CONCAT, T_COMMA, T_INLINE_THEN, T_INLINE_ELSE, T_COALESCE ), true ) ) {
				$expect = true;
				continue;
			}
			if ( ! $expect || isset( \PHP_CodeSniffer\Util\Tokens::$emptyTokens[ $code ] ) ) {
				continue;
			}
			$expect = false;
			$safe   = in_array( $code, array( T_CONSTANT_ENCAPSED_STRING, T_LNUMBER, T_DNUMBER ), true )
				|| ( T_STRING === $code && in_array( strtolower( $tokens[ $i ]['content'] ), self::ESCAPING, true ) );
			if ( ! $safe ) {
				$unsafe[] = $i;
			}
		}
		foreach ( array_merge( $flagged, $unsafe ) as $i ) {
			$file->addError( 'Output not escaped: %s. Use esc_html(), esc_attr(), esc_url() or another escaping function.', $i, 'OutputNotEscaped', array( $tokens[ $i ]['content'] ) );
		}
	}
}
