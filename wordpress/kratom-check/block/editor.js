/**
 * The block's editor side, plain JavaScript (no build step). Fields, labels
 * and the saved fallback come from the plugin's PHP tables
 * (window.kratomCheckBlock); no rule lives here. The preview is the server's
 * own render (ServerSideRender), in which the real widget mounts.
 */
( function ( wp, data ) {
	var el = wp.element.createElement;
	var blockEditor = wp.blockEditor;
	var components = wp.components;

	function field( f, props ) {
		var value = props.attributes[ f.name ] || '';
		var onChange = function ( v ) {
			var next = {};
			next[ f.name ] = v;
			props.setAttributes( next );
		};
		if ( f.choices ) {
			var options = [ { label: data.default, value: '' } ].concat(
				f.choices.map( function ( c ) { return { label: c, value: c }; } )
			);
			return el( components.SelectControl, { key: f.name, label: f.label, help: f.help, value: value, options: options, onChange: onChange } );
		}
		return el( components.TextControl, { key: f.name, label: f.label, help: f.help, value: value, onChange: onChange } );
	}

	wp.blocks.registerBlockType( 'kratom-check/self-check', {
		edit: function ( props ) {
			var panel = el(
				components.PanelBody,
				{ title: data.panel },
				el( 'p', {}, data.hint ),
				data.fields.map( function ( f ) { return field( f, props ); } )
			);
			return el(
				'div',
				blockEditor.useBlockProps(),
				el( blockEditor.InspectorControls, {}, panel ),
				el( wp.serverSideRender, { block: 'kratom-check/self-check', attributes: props.attributes } )
			);
		},
		save: function ( props ) {
			var lang = ( props.attributes.lang || 'en' ).slice( 0, 2 ).toLowerCase();
			return el(
				'div',
				blockEditor.useBlockProps.save(),
				el( wp.element.RawHTML, null, data.fallback[ lang ] || data.fallback.en )
			);
		},
	} );
} )( window.wp, window.kratomCheckBlock );
