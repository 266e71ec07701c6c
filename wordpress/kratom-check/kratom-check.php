<?php
/**
 * Plugin Name:       Kratom self-check
 * Description:       A private kratom self-check and care-level guide. It runs in the visitor's browser and sends nothing anywhere. Adds a block, a shortcode and a settings page.
 * Version:           {{version}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            kratom-check
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       kratom-check
 * Domain Path:       /languages
 *
 * @package KratomCheck
 */

// Loaded only by WordPress, never by a direct request.
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'KRATOM_CHECK_DIR', __DIR__ );
define( 'KRATOM_CHECK_FILE', __FILE__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/validate.php';
require_once __DIR__ . '/includes/fallback.php';
require_once __DIR__ . '/includes/release.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/notice.php';

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'kratom-check', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	}
);
