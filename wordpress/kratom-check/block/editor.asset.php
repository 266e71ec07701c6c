<?php
/**
 * The editor script's dependencies (WordPress reads this file next to editor.js).
 *
 * @package KratomCheck
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
	'version'      => '1',
);
