/**
 * Requests for fuzzing every route of the app: the routes come from Fastify's
 * own route tree, their parameters, query strings and bodies from the OpenAPI
 * description the app publishes, so a new route is fuzzed without a word here.
 * A route the fuzzer cannot read gets a plan with an `error`, which fails the
 * coverage test.
 */
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { sheetColumns } from '../src/modules/imports/imports.parse.js';
import { sheetNames } from '../src/modules/register/register.schema.js';
import { flows, villageCategories } from '../src/modules/indicators/indicators.schema.js';

export interface Route {
  method: string;
  url: string;
}

/** Every route the app serves, read from printRoutes' tree; the HEAD twin of each GET is left out. */
export function routesOf(app: FastifyInstance): Route[] {
  const out: Route[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1].length / 4;
    stack.length = depth;
    stack[depth] = (depth > 0 ? stack[depth - 1] : '') + m[2];
    for (const method of (m[3] ?? '').split(', ').filter(Boolean))
      if (method !== 'HEAD') out.push({ method, url: stack[depth] });
  }
  return out;
}

/** The subset of JSON Schema the app's routes use; any other keyword makes a route unfuzzable. */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  description?: string;
  default?: unknown;
}
const understood = new Set([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  'oneOf',
  'nullable',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'format',
  'description',
  'default',
]);
const types = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'null']);

function checkSchema(s: JsonSchema, where: string): void {
  for (const k of Object.keys(s))
    if (!understood.has(k)) throw new Error(`${where}: the fuzzer does not know the schema keyword "${k}"`);
  if (s.type !== undefined && !types.has(s.type))
    throw new Error(`${where}: the fuzzer does not know the type "${s.type}"`);
  for (const [k, p] of Object.entries(s.properties ?? {})) checkSchema(p, `${where}.${k}`);
  if (s.items) checkSchema(s.items, `${where}[]`);
  if (typeof s.additionalProperties === 'object') checkSchema(s.additionalProperties, `${where}.*`);
  for (const [i, x] of [...(s.anyOf ?? []), ...(s.oneOf ?? [])].entries()) checkSchema(x, `${where}|${i}`);
}

/** Values the handlers know (codes of the example register, dates, enums), so that fuzzed requests get past the first lookup. */
const known = [
  'P',
  'X1',
  'X2',
  'X3',
  'VA',
  'VB',
  'VC',
  'VD',
  'DB',
  'CA',
  'CBC',
  'N1',
  'N3',
  'N8',
  'N11',
  'p',
  ' VA ',
  'VA ',
  '2013-06-01',
  '01/01/2013',
  '2016-01-01',
  '2015-01-01',
  '1/1/2020',
  '2012-02-29',
  '9999-12-31',
  '1000-01-01',
  '0100-01-01',
  ...villageCategories,
  ...flows,
  'vi',
  'en',
  'male',
  'female',
  'admin',
  'true',
  'false',
  '0',
  '1',
  '4',
];

/** Inputs that break things: bad dates, control and odd Unicode characters, injections, formulas, numbers as text. */
const nasty = [
  '',
  ' ',
  '  \t ',
  '\u0000',
  'VA\u0000',
  'a\u0000b',
  '\u0001\u0002\u0007\u001b[31m',
  '\r\n',
  'VA\n',
  '\u007f',
  '\u0085',
  '\u2028\u2029',
  '\ud800',
  'a\udc00b',
  '\udbff\udfff',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\u202eAV',
  '\u200b',
  'V\u0301A',
  'Thôn',
  'Tho\u0302n',
  '😀',
  '👨‍👩‍👧',
  '２０１３-０６-０１',
  '٢٠١٣',
  'ǅ',
  'ß',
  'İ',
  '=1+1',
  '=HYPERLINK("http://x")',
  '+1',
  '-1+1',
  '@SUM(A1)',
  "'; drop table people; --",
  "' or '1'='1",
  '%',
  '%00',
  '%zz',
  '../../etc/passwd',
  '..',
  '.',
  '/',
  '\\',
  '{{7*7}}',
  '${7*7}',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  '0x10',
  '1_000',
  '-1',
  '5',
  '3.5',
  '[]',
  '{}',
  '2013-02-29',
  '31/02/2013',
  '2013-13-01',
  '00/00/0000',
  '0000-01-01',
  '-2013-01-01',
  '+2013-01-01',
  '20130601',
  '2013-06-01T00:00:00Z',
  '2013-6-1',
  '99999-01-01',
  '32/12/2013',
  '1/13/2013',
  ' 2013-06-01',
  '2013-06-01 ',
  '2013‐06‐01',
];

const huge = fc
  .integer({ min: 1_000, max: 100_000 })
  .chain((n) => fc.constantFrom('x', 'Đ', '😀', '\u0000', '%').map((c) => c.repeat(n)));

/** A string: a known value, a nasty one, a known value made odd, random Unicode (lone surrogates included), or a huge one. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...known) },
  { weight: 4, arbitrary: fc.constantFrom(...nasty) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...known), fc.constantFrom(...nasty)).map(([k, n]) => k + n) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: huge },
);

/** Values a field's name suggests: a form that fills it right gets past validation into the handler's own checks. */
const pools: [RegExp, string[]][] = [
  [
    /date|^on$|^at$|^from$|^to$|until|valid|On$/i,
    [
      '2013-06-01',
      '01/01/2013',
      '2010-01-01',
      '2015-01-01',
      '2016-01-01',
      '2020-01-01',
      '2024-12-31',
      '2012-02-29',
      '1/7/2025',
      '9999-12-31',
      '1000-01-01',
      '0100-01-01',
    ],
  ],
  [/category/i, [...villageCategories]],
  [/flow/i, [...flows]],
  [/^q$|name/i, ['Nguyễn', 'nguyen van', 'Thôn A', 'Tho\u0302n', 'NGUYỄN VĂN MỘT', '%', '_', "O'Brien"]],
  [/card/i, ['33.000001', '33000001', '33.00000', '33.0000001', '33']],
  [
    /code|scope|village|cell|person|unit|org/i,
    [
      'P',
      'X1',
      'X2',
      'X3',
      'VA',
      'VB',
      'VC',
      'VD',
      'DB',
      'CA',
      'CBC',
      'N1',
      'N2',
      'N4',
      'N8',
      'N11',
      'NEW1',
      'Z9',
      'va',
      ' VA ',
    ],
  ],
];
const poolOf = (name: string) => pools.find(([re]) => re.test(name))?.[1] ?? known;

/** A value that fits the schema and, where its name tells, the field: what a client that means well sends, now and then with a nasty ending. */
function plausible(s: JsonSchema, name: string): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices) return fc.oneof(...choices.map((x) => plausible(x, name)));
  switch (s.type) {
    case 'integer':
    case 'number':
      return fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 10 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(s.items ? plausible(s.items, name) : fc.constant(null), {
        minLength: s.minItems ?? 0,
        maxLength: s.maxItems ?? 3,
      });
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      const required = new Set(s.required ?? []);
      return fc
        .tuple(
          ...props.map(([k, p]) => fc.option(plausible(p, k), { freq: required.has(k) ? 1000 : 2, nil: undefined })),
        )
        .map((values) => {
          const o: Record<string, unknown> = {};
          props.forEach(([k], i) => {
            if (values[i] !== undefined) o[k] = values[i];
          });
          return o;
        });
    }
    case 'null':
      return fc.constant(null);
    default: {
      const pool = fc.constantFrom(...poolOf(name));
      return fc.oneof(
        { weight: 12, arbitrary: pool },
        { weight: 1, arbitrary: fc.tuple(pool, fc.constantFrom(...nasty)).map(([a, b]) => a + b) },
        { weight: 1, arbitrary: fc.constantFrom(...nasty) },
      );
    }
  }
}

/** A JSON value shaped by the schema, often wrong: missing keys, wrong types, extra keys, nasty strings. */
export function arbitraryOf(s: JsonSchema): fc.Arbitrary<unknown> {
  const wrong = fc.jsonValue({ maxDepth: 2 });
  let right: fc.Arbitrary<unknown>;
  if (s.const !== undefined) right = fc.constant(s.const);
  else if (s.enum) right = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...s.enum) }, text);
  else if (s.anyOf || s.oneOf) right = fc.oneof(...(s.anyOf ?? s.oneOf)!.map(arbitraryOf));
  else {
    switch (s.type) {
      case 'integer':
      case 'number': {
        const lo = s.minimum ?? s.exclusiveMinimum ?? 0;
        const hi = s.maximum ?? s.exclusiveMaximum ?? 100;
        right = fc.oneof(
          fc.integer({ min: lo - 2, max: hi + 2 }),
          fc.integer(),
          fc.double(),
          fc.constantFrom(1e308, -0, 2 ** 53 + 1),
          text,
        );
        break;
      }
      case 'boolean':
        right = fc.oneof(fc.boolean(), text);
        break;
      case 'array':
        right = fc.array(s.items ? arbitraryOf(s.items) : wrong, { maxLength: (s.maxItems ?? 3) + 1 });
        break;
      case 'object':
        right = objectOf(s);
        break;
      case 'null':
        right = fc.constant(null);
        break;
      default:
        right = text;
    }
  }
  return fc.oneof({ weight: 8, arbitrary: right }, { weight: 1, arbitrary: s.nullable ? fc.constant(null) : wrong });
}

function objectOf(s: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries(s.properties ?? {});
  const required = new Set(s.required ?? []);
  const extra = fc.dictionary(
    fc.constantFrom('extra', 'constructor', 'prototype', 'id', 'role', '', '\u0000'),
    fc.jsonValue({ maxDepth: 1 }),
    { maxKeys: 2 },
  );
  return fc
    .tuple(
      fc.tuple(...props.map(([k, p]) => fc.option(arbitraryOf(p), { freq: required.has(k) ? 12 : 3, nil: undefined }))),
      fc.option(extra, { freq: 5, nil: undefined }),
    )
    .map(([values, more]) => {
      const o: Record<string, unknown> = { ...more };
      props.forEach(([k], i) => {
        if (values[i] !== undefined) o[k] = values[i];
      });
      return o;
    });
}

/** Percent-encodes a string as any client would send it: a lone surrogate becomes U+FFFD. */
export function encode(s: string): string {
  return encodeURIComponent(
    s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  );
}

const rawQueryJunk = [
  '&',
  '&&=&',
  '=x',
  'scope',
  'scope=',
  'at=%',
  'at=%E0%A4%A',
  'scope=%FF',
  'scope=%ED%A0%80',
  'a[b]=c',
  '__proto__[x]=1',
  'constructor[prototype][x]=1',
  'lang=en&lang=vi',
  '%00=%00',
];
const rawBodyJunk = [
  '',
  '{',
  '}',
  '[]',
  'null',
  '0',
  '"text"',
  '{"a":',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '\ufeff{}',
  '\u0000',
  '{"code":"\\u0000"}',
  '{"code":"\\ud800"}',
  '1e999',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '<xml/>',
  'a=1&b=2',
  '------x\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004\r\n------x--\r\n',
];
const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/octet-stream',
  'application/xml',
  ';',
  'application/json;;',
];
const overLimit = 'x'.repeat(1_100_000);

/** What a fuzzed request carries besides its route: path parameters, query, body and a few headers. */
export interface Fuzzed {
  params: Record<string, string>;
  query: string;
  body: { payload?: string | Buffer; contentType?: string };
  lang?: string;
  csrf: 'ok' | 'missing' | 'wrong';
  cookie?: string;
  remoteAddress: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema: JsonSchema;
}

export interface Plan {
  key: string;
  method: string;
  url: string;
  /** The access rule of an /api route (a public one answers without a session); null for pages and documentation. */
  access: string | null;
  /** Why the route cannot be fuzzed; a plan with an error fails the coverage test. */
  error?: string;
  requests(o: { routable: boolean }): fc.Arbitrary<Fuzzed>;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

const normalize = (url: string) => url.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1');

/**
 * A fuzzing plan for every route: the /api routes as the access layer
 * recorded them when they were registered (app.apiRoutes), read through the
 * OpenAPI description; every other route (documentation, pages) from the
 * router's tree, fuzzed without a schema.
 */
export function planRoutes(app: FastifyInstance): Plan[] {
  const spec = app.swagger() as unknown as OpenApi;
  const byPath = new Map<string, Record<string, Operation>>();
  for (const [p, ops] of Object.entries(spec.paths)) byPath.set(normalize(p), ops);
  const plans = new Map<string, Plan>();
  const add = (method: string, url: string, access: string | null) => {
    const key = `${method} ${url}`;
    if ([...plans.values()].some((p) => p.method === method && normalize(p.url) === normalize(url))) return;
    plans.set(
      key,
      plan(key, method, url, access, access === null ? {} : byPath.get(normalize(url))?.[method.toLowerCase()]),
    );
  };
  for (const r of app.apiRoutes) add(r.method, r.url, r.access);
  const recorded = new Set(app.apiRoutes.map((r) => `${r.method} ${normalize(r.url)}`));
  for (const r of routesOf(app)) {
    if (!r.url.startsWith('/api/')) add(r.method, r.url, null);
    else if (!recorded.has(`${r.method} ${normalize(r.url)}`)) {
      const key = `${r.method} ${r.url}`;
      plans.set(key, failed(key, r.method, r.url, `${key} is served but the access layer did not record it`));
    }
  }
  return [...plans.values()];
}

function failed(key: string, method: string, url: string, error: string): Plan {
  return { key, method, url, access: null, error, requests: () => fc.constant(null as never) };
}

function plan(key: string, method: string, url: string, access: string | null, op: Operation | undefined): Plan {
  if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method))
    return failed(key, method, url, `${key}: the fuzzer does not send ${method}`);
  if (!op)
    return failed(
      key,
      method,
      url,
      `${key} is not in the OpenAPI description (hidden or without a schema), so the fuzzer cannot read its inputs`,
    );
  const pathNames = [...url.matchAll(/:(\w+)|\*/g)].map((m) => m[1] ?? '*');
  const parameters = op.parameters ?? [];
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  try {
    for (const p of parameters) checkSchema(p.schema, `${key} ${p.in} ${p.name}`);
    if (bodySchema) checkSchema(bodySchema, `${key} body`);
    // an upload's file: the fuzzer sends its own (upload below)
    const other = Object.keys(op.requestBody?.content ?? {}).filter(
      (t) => t !== 'application/json' && t !== 'multipart/form-data',
    );
    if (other.length > 0) throw new Error(`${key}: the fuzzer does not send ${other.join(', ')} bodies`);
  } catch (e) {
    return failed(key, method, url, (e as Error).message);
  }
  const query = parameters.filter((p) => p.in === 'query');
  return { key, method, url, access, requests: (o) => requestsFor(pathNames, query, bodySchema, method, o.routable) };
}

/** A multipart upload of one file: junk bytes, nasty text, or a register sheet as CSV with nasty cells. */
const upload: fc.Arbitrary<Fuzzed['body']> = fc
  .oneof(
    fc.record({
      name: fc.constantFrom('register.xlsx', 'register.zip', 'a.txt', '', '../../x.csv', 'tệp.csv'),
      content: fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b)),
    }),
    fc.record({ name: fc.constantFrom('people.csv', 'units.xlsx', 'x.zip'), content: text.map((t) => Buffer.from(t)) }),
    fc
      .tuple(fc.constantFrom(...sheetNames), fc.array(fc.array(text, { maxLength: 8 }), { minLength: 1, maxLength: 4 }))
      .map(([sheet, rows]) => ({
        name: `${sheet}.csv`,
        content: Buffer.from(
          [
            sheetColumns[sheet].join(','),
            ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')),
          ].join('\r\n'),
        ),
      })),
  )
  .map(({ name, content }) => ({
    payload: Buffer.concat([
      Buffer.from(
        `--fuzz\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      content,
      Buffer.from('\r\n--fuzz--\r\n'),
    ]),
    contentType: 'multipart/form-data; boundary=fuzz',
  }));

/**
 * Requests to one route, half of them plausible (every field fits its schema
 * and its name, so the handler's own checks run) and half wild (wrong types,
 * missing and extra fields, junk query strings, raw bodies, bad encodings,
 * missing or wrong CSRF tokens). `routable`: path parameters the router
 * always matches, for requests that must reach the access check.
 */
function requestsFor(
  pathNames: string[],
  query: Parameter[],
  bodySchema: JsonSchema | undefined,
  method: string,
  routable: boolean,
): fc.Arbitrary<Fuzzed> {
  const headers = {
    lang: fc.option(fc.constantFrom('en', 'vi', 'en-US,en;q=0.9', '*', 'xx', ''), { nil: undefined }),
    remoteAddress: fc.constantFrom('10.0.0.1', '10.0.0.2', '10.0.0.3'),
  };
  const paramsOf = (value: (name: string) => fc.Arbitrary<string>) =>
    fc.tuple(...pathNames.map((n) => value(n))).map((v) => Object.fromEntries(pathNames.map((n, i) => [n, v[i]])));
  const routableSegment = fc
    .string({ unit: 'binary', minLength: 1, maxLength: 12 })
    .filter((x) => x !== '.' && x !== '..')
    .map(encode);
  const pair = (name: string, v: unknown) =>
    `${encode(name)}=${encode(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))}`;
  const json = (v: unknown) => ({ payload: JSON.stringify(v) ?? '', contentType: 'application/json' });
  const none = fc.constant({});

  const plausibleRequest = fc.record({
    params: routable ? paramsOf(() => routableSegment) : paramsOf((n) => fc.constantFrom(...poolOf(n)).map(encode)),
    query: fc
      .tuple(
        ...query.map((q) => fc.option(plausible(q.schema, q.name), { freq: q.required ? 1000 : 2, nil: undefined })),
      )
      .map((values) => query.flatMap((q, i) => (values[i] === undefined ? [] : [pair(q.name, values[i])])).join('&')),
    body: bodySchema ? plausible(bodySchema, 'body').map(json) : method === 'GET' ? none : fc.oneof(none, upload),
    csrf: fc.constant('ok' as const),
    ...headers,
  });

  const segment = routable
    ? routableSegment
    : fc.oneof(
        { weight: 6, arbitrary: text.map(encode) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '%',
            '%FF',
            '%ED%A0%80',
            '%C0%AE',
            'a%2Fb',
            '%2e%2e',
            'x'.repeat(150),
            '%C4%90'.repeat(60),
          ),
        },
      );
  const queryValues = fc.tuple(
    ...query.map((q) =>
      fc.option(
        fc.oneof(
          { weight: 5, arbitrary: arbitraryOf(q.schema).map((v) => [v]) },
          { weight: 1, arbitrary: fc.array(arbitraryOf(q.schema), { minLength: 2, maxLength: 3 }) },
        ),
        { freq: q.required ? 10 : 3, nil: undefined },
      ),
    ),
  );
  const queryString = fc
    .tuple(
      queryValues,
      fc.array(fc.tuple(fc.constantFrom('x', 'scope', 'at', 'depth', 'lang', 'q'), text), { maxLength: 2 }),
      fc.option(fc.constantFrom(...rawQueryJunk), { freq: 5, nil: undefined }),
    )
    .map(([values, extra, junk]) => {
      const pairs: string[] = [];
      for (const [i, q] of query.entries()) for (const v of values[i] ?? []) pairs.push(pair(q.name, v));
      for (const [k, v] of extra) pairs.push(pair(k, v));
      if (junk) pairs.push(junk);
      return pairs.join('&');
    });
  const raw = fc.record({
    payload: fc.oneof(fc.constantFrom(...rawBodyJunk), text, fc.constant(overLimit)),
    contentType: fc.option(fc.constantFrom(...contentTypes), { nil: undefined }),
  });
  const body: fc.Arbitrary<Fuzzed['body']> = bodySchema
    ? fc.oneof(
        { weight: 8, arbitrary: arbitraryOf(bodySchema).map(json) },
        { weight: 1, arbitrary: fc.jsonValue().map(json) },
        { weight: 1, arbitrary: raw },
        { weight: 1, arbitrary: none },
      )
    : method === 'GET'
      ? fc.oneof({ weight: 9, arbitrary: none }, { weight: 1, arbitrary: raw })
      : fc.oneof(
          { weight: 2, arbitrary: none },
          { weight: 1, arbitrary: fc.jsonValue().map(json) },
          { weight: 1, arbitrary: raw },
          { weight: 3, arbitrary: upload },
        );
  const wildRequest = fc.record({
    params: paramsOf(() => segment),
    query: queryString,
    body,
    csrf: fc.constantFrom('ok', 'ok', 'ok', 'ok', 'missing', 'wrong'),
    cookie: fc.option(
      fc.constantFrom(
        'grassroots_session=',
        'grassroots_session=nope',
        `grassroots_session=${'A'.repeat(43)}`,
        'grassroots_session=%00',
        'a=b; grassroots_session="x"',
      ),
      { freq: 3, nil: undefined },
    ),
    ...headers,
  });
  return fc
    .oneof(plausibleRequest, wildRequest)
    .map((f) => Object.assign(f as Fuzzed, { [fc.toStringMethod]: () => cut(f) }));
}

/** A value as a failure shows it: long strings cut short. */
function cut(v: unknown): string {
  const t =
    typeof v === 'string'
      ? v
      : (JSON.stringify(v, (_k, x) =>
          typeof x === 'string' && x.length > 200 ? `${x.slice(0, 200)}…(${x.length} chars)` : x,
        ) ?? '');
  return t.length > 1000 ? `${t.slice(0, 1000)}…(${t.length} chars)` : t;
}

/** The request to inject: the route's URL with its parameters, the session's headers unless anonymous. */
export function injection(
  plan: Plan,
  f: Fuzzed,
  session: { cookie: string; 'x-csrf-token': string } | null,
): InjectOptions {
  const path = plan.url.replace(/:(\w+)|\*/g, (_m, name: string | undefined) => f.params[name ?? '*']);
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    if (f.csrf === 'ok') headers['x-csrf-token'] = session['x-csrf-token'];
    if (f.csrf === 'wrong') headers['x-csrf-token'] = `${session['x-csrf-token'].slice(1)}A`;
  } else if (f.cookie) headers.cookie = f.cookie;
  if (f.lang !== undefined) headers['accept-language'] = f.lang;
  if (f.body.contentType) headers['content-type'] = f.body.contentType;
  return {
    method: plan.method as InjectOptions['method'],
    url: f.query ? `${path}?${f.query}` : path,
    headers,
    payload: f.body.payload,
    remoteAddress: f.remoteAddress,
  };
}

/** A request as a failure shows it: long values cut short. */
export function describeRequest(r: InjectOptions): string {
  return `${r.method} ${cut(r.url)} headers=${cut(r.headers)} body=${cut(r.payload)}`;
}
