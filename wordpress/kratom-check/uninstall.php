<?php
/**
 * Deleting the plugin removes its one setting. Posts keep their saved
 * fallback (the crisis numbers) where the block was.
 *
 * @package KratomCheck
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'kratom_check_settings' );
