/** Which database a server runs on; the query code is one, a few statements differ. */
export type Dialect = 'sqlite' | 'postgres';
