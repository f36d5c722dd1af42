/**
 * Spanish and Catalan street lines: the type leads and the number follows, often after a comma, then
 * floor and door (`Calle de Alcalá, 45, 3º B`, `C/ Mayor 5, 2º izq.`, `Avda. de la Constitución 10`,
 * `Carrer de Mallorca 401`); the postcode is five digits (`28013 Madrid`).
 */

/** Words joining the type to the name (`Calle de los Reyes`, `Carrer dels Àngels`). */
export const SPANISH_CONNECTORS = ['de', 'del', 'la', 'las', 'los', 'el', 'y', 'i', 'dels', 'les', 'l', 'd', 'san', 'santa', 'santo', 'sant'];

/** Types Spanish and Catalan write in lower case mid-sentence (`vive en calle Mayor 5`). */
export const SPANISH_LOWER_CASE_TYPES = ['calle', 'avenida', 'paseo', 'plaza', 'carrer', 'avinguda', 'passeig', 'plaça', 'ronda', 'rambla', 'camino', 'carretera', 'travesía'];

/**
 * Floor and door after the house number: `3º B`, `2º izq.`, `1º 2ª`, `5º-4ª`, `bajo`, `ático` (the unit words
 * are in the vocabulary). Sticky, tried after the number and its comma.
 */
export const SPANISH_FLOOR = /\d{1,2}[ \t]?[ºª°](?:[ \t-]?(?:\d{1,2}[ºª°]?|[A-Za-z]{1,4}\.?)(?![\wºª°]))?/y;
