/**
 * The bench's account page: every default element, `<renewal-center>` and `<order-history>`,
 * bundled as one (the account elements are not in `upcart/define`; one bundle keeps one Lit and
 * one store context). The renewal center's figures and the heap cycles of every element run here.
 */
import '../src/define.js';
import '../src/elements/renewal-center/renewal-center.js';
import '../src/elements/order-history/order-history.js';
