/**
 * The API's types, as its contract (openapi.json) describes them: schema.d.ts
 * is generated from it by `npm run openapi` and never edited by hand. The app
 * imports nothing from the server; a change of the API shows here as a type error.
 */
import type { components, paths } from './schema';

/** A named schema of the API: `Schema<'VillageTimeline'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type Method = 'get' | 'post';
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Responses<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R } ? R : never;
type Success<R> = R extends { 200: infer A } ? A : R extends { 201: infer A } ? A : never;

/** The JSON a route answers on success: `ApiAnswer<'/api/rules'>`. */
export type ApiAnswer<P extends keyof paths, M extends Method = 'get'> = Json<Success<Responses<P, M>>>;

/** The JSON body a route takes: `ApiBody<'/api/accounts'>`. */
export type ApiBody<P extends keyof paths, M extends Method = 'post'> = paths[P][M] extends { requestBody?: infer B }
  ? Json<NonNullable<B>>
  : never;
