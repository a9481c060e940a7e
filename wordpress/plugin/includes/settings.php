<?php
/**
 * Settings › Safeguarding widgets: the page config for every page of the
 * site (another force's numbers and links, the operation name, the campaign
 * and exit links) and the site-wide quick exit. One option, an array,
 * validated by sanitize_settings(); a refused value keeps the one before
 * and says why.
 *
 * @package SafeguardingWidgets
 */

namespace SafeguardingWidgets;

defined( 'ABSPATH' ) || exit;

const PAGE = 'safeguarding-widgets';

/**
 * A JSON file the build writes from the library's source into build/,
 * decoded once (an array; empty when it is missing).
 *
 * @param string $name The file's name.
 */
function built( $name ) {
	static $files = array();
	if ( ! isset( $files[ $name ] ) ) {
		$path           = dirname( PLUGIN_FILE ) . '/build/' . $name;
		$decoded        = is_readable( $path ) ? json_decode( (string) file_get_contents( $path ), true ) : array(); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$files[ $name ] = is_array( $decoded ) ? $decoded : array();
	}
	return $files[ $name ];
}

/**
 * The contacts whose number or link can be replaced (build/contacts.json):
 * id, name (in the site's language), and the default `phone` or `url`. 999 is not among them: it
 * cannot be replaced.
 */
function contacts() {
	return array_map(
		function ( $contact ) {
			// The names are the widgets' own words; the .pot lists them (scripts/wordpress-translations.js).
			$contact['name'] = __( $contact['name'], 'safeguarding-widgets' ); // phpcs:ignore WordPress.WP.I18n.NonSingularStringLiteralText -- listed in the .pot from build/contacts.json.
			return $contact;
		},
		built( 'contacts.json' )
	);
}

/**
 * What the elements accept, as they declare it (build/rules.json):
 * `linkSchemes` (and links on the page), `webSchemes` (those that open a
 * page), `phoneNumber` (a PCRE pattern), `operationNameMax` and the quick
 * exit's default `exitHref`.
 *
 * @param string $key Which rule.
 */
function rule( $key ) {
	return built( 'rules.json' )[ $key ];
}

/** The saved settings, with every key present. */
function settings() {
	$saved = get_option( OPTION, array() );
	return array_merge(
		array(
			'operation_name'        => '',
			'phone_numbers'         => array(),
			'links'                 => array(),
			'campaign_href'         => '',
			'exit_href'             => '',
			'quick_exit_everywhere' => false,
		),
		is_array( $saved ) ? $saved : array()
	);
}

/** Whether the quick exit goes on every page. */
function quick_exit_everywhere() {
	return ! empty( settings()['quick_exit_everywhere'] );
}

/** The page config the library reads, with only what is set. */
function page_config() {
	$settings = settings();
	$config   = array();
	if ( '' !== $settings['operation_name'] ) {
		$config['operationName'] = $settings['operation_name'];
	}
	foreach ( array( 'phone_numbers' => 'phoneNumbers', 'links' => 'links' ) as $key => $name ) {
		$entries = array_filter( (array) $settings[ $key ], 'is_string' );
		if ( $entries ) {
			$config[ $name ] = $entries;
		}
	}
	if ( '' !== $settings['campaign_href'] ) {
		$config['campaignHref'] = $settings['campaign_href'];
	}
	if ( '' !== $settings['exit_href'] ) {
		$config['exitHref'] = $settings['exit_href'];
	}
	return $config;
}

/**
 * A link as the elements accept it: one of `$schemes`, or a link on this
 * site (starting with /, # or ?). Null for anything else (javascript:,
 * data:, an address without its https://).
 *
 * @param string   $value   The link as typed.
 * @param string[] $schemes The schemes allowed (rule( 'linkSchemes' ) or rule( 'webSchemes' )).
 */
function safe_link( $value, $schemes ) {
	// Browsers ignore tabs, newlines and control characters in a scheme
	// ("java\tscript:"): judge the link without them.
	$compact = preg_replace( '/[\x00-\x20\x7F]+/', '', $value );
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $compact, $scheme ) ) {
		if ( ! in_array( strtolower( $scheme[1] ), $schemes, true ) ) {
			return null;
		}
		$clean = esc_url_raw( $value, $schemes );
		return '' === $clean ? null : $clean;
	}
	return preg_match( '#^[/\#?]#', $compact ) ? esc_url_raw( $value, $schemes ) : null;
}

/** A phone number as the element accepts it: digits and spaces, an optional leading +. */
function is_phone_number( $value ) {
	return 1 === preg_match( rule( 'phoneNumber' ), $value );
}

/**
 * Refuses a value: a settings error naming the field and the value (shown
 * escaped), once however often WordPress runs the sanitizer.
 *
 * @param string $code  Which field.
 * @param string $label The field's label.
 * @param string $value The refused value.
 * @param string $why   What is allowed.
 */
function refuse( $code, $label, $value, $why ) {
	foreach ( get_settings_errors( OPTION ) as $error ) {
		if ( $error['code'] === $code ) {
			return;
		}
	}
	/* translators: 1: a field's label, 2: the value typed, 3: what is allowed. */
	$message = sprintf( __( '%1$s: "%2$s" was not saved. %3$s', 'safeguarding-widgets' ), esc_html( $label ), esc_html( $value ), esc_html( $why ) );
	add_settings_error( OPTION, $code, $message, 'error' );
}

/** One line of text from the form: no tags' worth of trust needed, but no control characters. */
function text_from( $input, $key ) {
	$value = isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? wp_unslash( $input[ $key ] ) : '';
	return trim( preg_replace( '/[\x00-\x1F\x7F]+/', ' ', wp_check_invalid_utf8( $value ) ) );
}

/**
 * Validates the form (the option's sanitize_callback). A refused value
 * keeps the one saved before.
 *
 * @param mixed $input What the form sent.
 * @return array The settings to save.
 */
function sanitize_settings( $input ) {
	$before = settings();
	$input  = is_array( $input ) ? $input : array();
	$links  = __( 'Use a full link starting with https:// (or http://, tel:, mailto:), or a link on this site starting with /.', 'safeguarding-widgets' );
	$output = array(
		'operation_name'        => $before['operation_name'],
		'phone_numbers'         => array(),
		'links'                 => array(),
		'campaign_href'         => $before['campaign_href'],
		'exit_href'             => $before['exit_href'],
		'quick_exit_everywhere' => ! empty( $input['quick_exit_everywhere'] ),
	);

	// Plain text: the elements show it as text, never as HTML.
	$name = text_from( $input, 'operation_name' );
	if ( mb_strlen( $name ) > rule( 'operationNameMax' ) ) {
		$label = __( 'Operation name', 'safeguarding-widgets' );
		/* translators: %d: the most characters allowed. */
		$allowed = sprintf( __( 'Use at most %d characters.', 'safeguarding-widgets' ), rule( 'operationNameMax' ) );
		refuse( 'operation_name', $label, $name, $allowed );
	} else {
		$output['operation_name'] = $name;
	}

	foreach ( array( 'campaign_href' => __( 'Campaign link', 'safeguarding-widgets' ), 'exit_href' => __( 'Quick exit link', 'safeguarding-widgets' ) ) as $key => $label ) {
		$value = text_from( $input, $key );
		// The quick exit leaves for a web page: tel: and mailto: open none.
		$link = '' === $value ? '' : safe_link( $value, rule( 'exit_href' === $key ? 'webSchemes' : 'linkSchemes' ) );
		if ( null === $link ) {
			refuse( $key, $label, $value, 'exit_href' === $key ? __( 'Use a web page: an https:// or http:// address, or a link on this site.', 'safeguarding-widgets' ) : $links );
		} else {
			$output[ $key ] = $link;
		}
	}

	foreach ( contacts() as $contact ) {
		$id    = (string) $contact['id'];
		$group = isset( $contact['phone'] ) ? 'phone_numbers' : 'links';
		$value = text_from( isset( $input[ $group ] ) && is_array( $input[ $group ] ) ? $input[ $group ] : array(), $id );
		$kept  = $before[ $group ][ $id ] ?? null;
		if ( '' === $value ) {
			continue;
		}
		if ( 'phone_numbers' === $group ) {
			if ( is_phone_number( $value ) ) {
				$output[ $group ][ $id ] = $value;
				continue;
			}
			refuse( "phone-$id", $contact['name'], $value, __( 'Use digits and spaces, with an optional + at the start.', 'safeguarding-widgets' ) );
		} else {
			$link = safe_link( $value, rule( 'linkSchemes' ) );
			if ( null !== $link ) {
				$output[ $group ][ $id ] = $link;
				continue;
			}
			refuse( "link-$id", $contact['name'], $value, $links );
		}
		if ( null !== $kept ) {
			$output[ $group ][ $id ] = $kept;
		}
	}
	return $output;
}

/** Registers the option and the page's fields. */
function register_settings() {
	register_setting(
		PAGE,
		OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => __NAMESPACE__ . '\sanitize_settings',
			'show_in_rest'      => false,
		)
	);

	add_settings_section( 'page', __( 'On every page', 'safeguarding-widgets' ), __NAMESPACE__ . '\section_intro', PAGE );
	add_settings_field( 'quick_exit_everywhere', __( 'Quick exit', 'safeguarding-widgets' ), __NAMESPACE__ . '\checkbox_field', PAGE, 'page', array( 'label_for' => 'sgw-quick_exit_everywhere' ) );
	add_settings_field( 'exit_href', __( 'Quick exit link', 'safeguarding-widgets' ), __NAMESPACE__ . '\text_field', PAGE, 'page', array( 'label_for' => 'sgw-exit_href', 'key' => 'exit_href', 'type' => 'url', 'placeholder' => rule( 'exitHref' ), 'help' => __( 'Where the quick exit goes: a neutral site.', 'safeguarding-widgets' ) ) );
	add_settings_field( 'campaign_href', __( 'Campaign link', 'safeguarding-widgets' ), __NAMESPACE__ . '\text_field', PAGE, 'page', array( 'label_for' => 'sgw-campaign_href', 'key' => 'campaign_href', 'type' => 'text', 'placeholder' => '#signs', 'help' => __( 'The "See the signs" link of the campaign banner.', 'safeguarding-widgets' ) ) );

	add_settings_section( 'force', __( 'Your force’s numbers and links', 'safeguarding-widgets' ), __NAMESPACE__ . '\force_intro', PAGE );
	add_settings_field( 'operation_name', __( 'Operation name', 'safeguarding-widgets' ), __NAMESPACE__ . '\text_field', PAGE, 'force', array( 'label_for' => 'sgw-operation_name', 'key' => 'operation_name', 'type' => 'text', 'placeholder' => 'Operation Liberal', 'help' => __( 'What to quote on 101 about child sexual exploitation.', 'safeguarding-widgets' ) ) );
	foreach ( contacts() as $contact ) {
		$phone = isset( $contact['phone'] );
		$group = $phone ? 'phone_numbers' : 'links';
		add_settings_field(
			"$group-{$contact['id']}",
			esc_html( $contact['name'] ),
			__NAMESPACE__ . '\text_field',
			PAGE,
			'force',
			array(
				'label_for'   => "sgw-$group-{$contact['id']}",
				'key'         => $group,
				'entry'       => (string) $contact['id'],
				'type'        => $phone ? 'tel' : 'url',
				'placeholder' => $phone ? $contact['phone'] : $contact['url'],
			)
		);
	}
}
add_action( 'admin_init', __NAMESPACE__ . '\register_settings' );

/** The first section's introduction. */
function section_intro() {
	echo '<p>' . esc_html__( 'These apply to every widget on the site. Leave a field empty to use the default shown in it.', 'safeguarding-widgets' ) . '</p>';
}

/** The second section's introduction. */
function force_intro() {
	echo '<p>' . esc_html__( 'The widgets list Hampshire’s numbers and links. Another force or area replaces them here. 999 cannot be replaced.', 'safeguarding-widgets' ) . '</p>';
}

/**
 * A text input for one setting (or one entry of a keyed setting).
 *
 * @param array $args The field's arguments from register_settings().
 */
function text_field( $args ) {
	$settings = settings();
	$name     = OPTION . '[' . $args['key'] . ']';
	$value    = $settings[ $args['key'] ];
	if ( isset( $args['entry'] ) ) {
		$name .= '[' . $args['entry'] . ']';
		$value = $value[ $args['entry'] ] ?? '';
	}
	printf(
		'<input type="%s" class="regular-text" id="%s" name="%s" value="%s" placeholder="%s"%s>',
		esc_attr( $args['type'] ),
		esc_attr( $args['label_for'] ),
		esc_attr( $name ),
		esc_attr( is_string( $value ) ? $value : '' ),
		esc_attr( $args['placeholder'] ),
		isset( $args['help'] ) ? ' aria-describedby="' . esc_attr( $args['label_for'] . '-help' ) . '"' : ''
	);
	if ( isset( $args['help'] ) ) {
		printf( '<p class="description" id="%s">%s</p>', esc_attr( $args['label_for'] . '-help' ), esc_html( $args['help'] ) );
	}
}

/**
 * The site-wide quick exit's checkbox.
 *
 * @param array $args The field's arguments.
 */
function checkbox_field( $args ) {
	printf(
		'<label><input type="checkbox" id="%s" name="%s" value="1"%s> %s</label><p class="description">%s</p>',
		esc_attr( $args['label_for'] ),
		esc_attr( OPTION . '[quick_exit_everywhere]' ),
		checked( quick_exit_everywhere(), true, false ),
		esc_html__( 'Show the quick exit on every page', 'safeguarding-widgets' ),
		esc_html__( 'At the top of every page (needs a theme that calls wp_body_open, as current themes do). Pressing Shift three times also leaves the page.', 'safeguarding-widgets' )
	);
}

/** Adds Settings › Safeguarding widgets. */
function add_page() {
	add_options_page(
		__( 'Safeguarding widgets', 'safeguarding-widgets' ),
		__( 'Safeguarding widgets', 'safeguarding-widgets' ),
		'manage_options',
		PAGE,
		__NAMESPACE__ . '\render_page'
	);
}
add_action( 'admin_menu', __NAMESPACE__ . '\add_page' );

/**
 * For editors, before the form: the blocks, the quick exit set here once,
 * and the embed-code builder shipped in the zip (builder.html, one file
 * that needs nothing from another site).
 */
function editors_card() {
	echo '<div class="card" id="sgw-editors"><h2 class="title">' . esc_html__( 'Adding a widget to a page', 'safeguarding-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'In the block editor, open the block inserter and search for "safeguarding": each widget is a block of its own.', 'safeguarding-widgets' ) . '</p>';
	echo '<p>' . esc_html__( 'The quick exit belongs once on every page: tick "Show the quick exit on every page" below rather than adding it to a page.', 'safeguarding-widgets' ) . '</p>';
	printf(
		/* translators: %s: the code the builder writes, <div data-safeguard="…">. */
		'<p>' . esc_html__( 'For a Custom HTML block or another site’s editor, the embed-code builder writes a %s that editors keep. On this site, the plugin turns it into the widget when the page is shown.', 'safeguarding-widgets' ) . '</p>',
		'<code>' . esc_html( '<div data-safeguard="…">' ) . '</code>'
	);
	printf( '<p><a href="%s">%s</a></p></div>', esc_url( plugins_url( 'builder.html', PLUGIN_FILE ) ), esc_html__( 'Open the embed-code builder', 'safeguarding-widgets' ) );
}

/** The settings page (options.php checks the nonce and the capability when it saves). */
function render_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	editors_card();
	echo '<form action="options.php" method="post">';
	settings_fields( PAGE );
	do_settings_sections( PAGE );
	submit_button();
	echo '</form></div>';
}

/**
 * Saving needs manage_options (the default for a page under Settings, said
 * here so that it cannot drift).
 */
function capability() {
	return 'manage_options';
}
add_filter( 'option_page_capability_' . PAGE, __NAMESPACE__ . '\capability' );

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param array $links The plugin's action links.
 */
function action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'safeguarding-widgets' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( PLUGIN_FILE ), __NAMESPACE__ . '\action_links' );
