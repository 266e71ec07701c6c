<?php
/**
 * Settings → Kratom self-check: the clinic-wide options (Settings API: its
 * nonce, the manage_options capability). Each value goes through the widget's
 * rules; a refused value is not saved (the previous one is kept) and the page
 * says why, in the widget's words.
 *
 * @package KratomCheck
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The settings page's label for an option.
 *
 * @param string $key A setting key.
 */
function kratom_check_label( $key ) {
	$labels = array(
		'clinic_name'      => __( 'Clinic name', 'kratom-check' ),
		'phone'            => __( 'Phone', 'kratom-check' ),
		'contact_url'      => __( 'Contact page', 'kratom-check' ),
		'lang'             => __( 'Language', 'kratom-check' ),
		'emergency_number' => __( 'Emergency number', 'kratom-check' ),
		'crisis_line'      => __( 'Crisis line', 'kratom-check' ),
		'crisis_text'      => __( 'Crisis line for texts', 'kratom-check' ),
		'helpline'         => __( 'Substance use helpline', 'kratom-check' ),
		'poison_line'      => __( 'Poison help line', 'kratom-check' ),
		'accent'           => __( 'Accent colour', 'kratom-check' ),
		'exit_url'         => __( 'Quick exit goes to', 'kratom-check' ),
		'theme'            => __( 'Light or dark', 'kratom-check' ),
		'quick_exit_keys'  => __( 'Escape twice leaves quickly', 'kratom-check' ),
	);
	return isset( $labels[ $key ] ) ? $labels[ $key ] : $key;
}

/**
 * The table's words without their Markdown code marks (`911` → 911).
 *
 * @param string $text From the options table.
 */
function kratom_check_plain( $text ) {
	return str_replace( '`', '', (string) $text );
}

/**
 * The fixed list of values an option takes (a select), or null.
 *
 * @param array $row A row of kratom_check_options().
 * @return string[]|null
 */
function kratom_check_choices( array $row ) {
	if ( 'one_of' === $row['check']['kind'] ) {
		return $row['check']['values'];
	}
	return 'lang' === $row['check']['kind'] ? $row['check']['codes'] : null;
}

/**
 * Sanitize callback: the widget's rules, value by value.
 *
 * @param mixed $input The submitted array.
 * @return array<string, string> What is saved.
 */
function kratom_check_sanitize_settings( $input ) {
	$old    = get_option( 'kratom_check_settings', array() );
	$old    = is_array( $old ) ? $old : array();
	// options.php has already unslashed the submitted values.
	$input  = is_array( $input ) ? $input : array();
	$result = kratom_check_validate( $input );
	$saved  = $result['values'];
	foreach ( $result['refused'] as $r ) {
		$key = $r['row']['key'];
		if ( isset( $old[ $key ] ) ) {
			$saved[ $key ] = $old[ $key ];
		}
		add_settings_error(
			'kratom_check_settings',
			'kratom_check_' . $key,
			esc_html(
				sprintf(
					/* translators: 1: option label, 2: the value given, 3: the reason, in the widget's words */
					__( '%1$s: "%2$s" was not saved (%3$s). The previous value is kept.', 'kratom-check' ),
					kratom_check_label( $key ),
					$r['given'],
					$r['why']
				)
			)
		);
	}
	return $saved;
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'kratom_check',
			'kratom_check_settings',
			array(
				'type'              => 'array',
				'sanitize_callback' => 'kratom_check_sanitize_settings',
				'default'           => array(),
			)
		);
		add_settings_section( 'kratom_check_main', '', '__return_false', 'kratom-check' );
		foreach ( kratom_check_options() as $row ) {
			add_settings_field(
				'kratom_check_' . $row['key'],
				kratom_check_label( $row['key'] ),
				'kratom_check_field',
				'kratom-check',
				'kratom_check_main',
				array(
					'row'       => $row,
					'label_for' => 'kratom_check_' . $row['key'],
				)
			);
		}
	}
);

/**
 * One field: a select for a fixed list, else a text box; the help says what
 * the widget accepts.
 *
 * @param array $args `row`, `label_for`.
 */
function kratom_check_field( $args ) {
	$row   = $args['row'];
	$saved = get_option( 'kratom_check_settings', array() );
	$value = is_array( $saved ) && isset( $saved[ $row['key'] ] ) ? $saved[ $row['key'] ] : '';
	$id    = $args['label_for'];
	$name  = 'kratom_check_settings[' . $row['key'] . ']';
	$choices = kratom_check_choices( $row );
	if ( $choices ) {
		printf( '<select id="%1$s" name="%2$s" aria-describedby="%1$s-help">', esc_attr( $id ), esc_attr( $name ) );
		printf( '<option value="">%s</option>', esc_html__( 'Default', 'kratom-check' ) );
		foreach ( $choices as $choice ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $choice ), selected( $value, $choice, false ), esc_html( $choice ) );
		}
		echo '</select>';
	} else {
		printf(
			'<input type="text" class="regular-text" id="%1$s" name="%2$s" value="%3$s" aria-describedby="%1$s-help">',
			esc_attr( $id ),
			esc_attr( $name ),
			esc_attr( $value )
		);
	}
	/* translators: %s: what the widget uses when the option is not set, e.g. "none" or "911" */
	$default = sprintf( __( 'Default: %s.', 'kratom-check' ), kratom_check_plain( $row['default_text'] ) );
	printf( '<p class="description" id="%1$s-help">%2$s %3$s</p>', esc_attr( $id ), esc_html( ucfirst( kratom_check_plain( $row['accepts'] ) ) . '.' ), esc_html( $default ) );
}

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'Kratom self-check', 'kratom-check' ),
			__( 'Kratom self-check', 'kratom-check' ),
			'manage_options',
			'kratom-check',
			'kratom_check_settings_page'
		);
	}
);

/** The settings page. */
function kratom_check_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'These apply to every self-check on the site. A block or shortcode can set its own for one page. Add the check with the "Kratom self-check" block, or the shortcode [kratom_check].', 'kratom-check' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'kratom_check' );
	do_settings_sections( 'kratom-check' );
	submit_button();
	echo '</form></div>';
}

add_filter(
	'plugin_action_links_' . plugin_basename( KRATOM_CHECK_FILE ),
	function ( $links ) {
		$url = admin_url( 'options-general.php?page=kratom-check' );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'kratom-check' ) . '</a>' );
		return $links;
	}
);
