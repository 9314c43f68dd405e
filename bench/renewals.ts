/**
 * The bench's renewal-center page: every default element and `<renewal-center>`, bundled as one
 * (the center is not in `upcart/define`; one bundle keeps one Lit and one store context).
 */
import '../src/define.js';
import '../src/elements/renewal-center/renewal-center.js';
