import { z } from 'zod';
import {
  divisionDetailSchema,
  divisionsQuerySchema,
  divisionSummarySchema,
  divisionVotesQuerySchema,
  errorSchema,
  listOf,
  mpDetailSchema,
  mpsQuerySchema,
  mpSummarySchema,
  pagingQuerySchema,
  partyDetailSchema,
  partySummarySchema,
  statementListItemSchema,
  statementsQuerySchema,
  topicDetailSchema,
  topicSummarySchema,
  voteSchema,
} from '@/lib/validation/api';
import { REBELS_MAX_DIVISIONS, rebelsQueryFields } from '@/lib/validation/rebels';

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas that validate the requests and
// describe the answers (z.toJSONSchema), so the document cannot drift from the code. Also the list the
// human page at /api shows.

export type Endpoint = {
  path: string;
  summary: string;
  description: string;
  example: string;
  pathParams?: { name: string; description: string }[];
  query?: z.ZodObject;
  response: z.ZodType;
  errors: (400 | 404)[];
};

const idParam = (what: string, example: number) => ({ name: 'id', description: `${what}, e.g. ${example}` });

const rebelsQuery = z.object({ ...rebelsQueryFields, ...pagingQuerySchema.shape });

export const ENDPOINTS: Endpoint[] = [
  {
    path: '/api/v1/divisions',
    summary: 'List divisions',
    description: 'Recorded divisions of the House of Commons, newest first.',
    example: '/api/v1/divisions?per_page=20',
    query: divisionsQuerySchema,
    response: listOf(divisionSummarySchema),
    errors: [400],
  },
  {
    path: '/api/v1/divisions/{id}',
    summary: 'One division',
    description: 'A division by its Commons Votes id: official and recorded counts, each party’s whip and rebels, topics, and the posts left over it.',
    example: '/api/v1/divisions/1666',
    pathParams: [idParam('Commons Votes division id', 1666)],
    response: z.object({ data: divisionDetailSchema }),
    errors: [400, 404],
  },
  {
    path: '/api/v1/divisions/{id}/votes',
    summary: 'Votes in a division',
    description: 'Every member’s vote, with party and seat on the day, the whip it is measured against (reported or inferred) and the verdict.',
    example: '/api/v1/divisions/1666/votes?party=Lab&verdict=rebelled',
    pathParams: [idParam('Commons Votes division id', 1666)],
    query: divisionVotesQuerySchema,
    response: listOf(voteSchema).extend({ division: z.object({ id: z.number().int(), date: z.string(), title: z.string() }) }),
    errors: [400, 404],
  },
  {
    path: '/api/v1/mps',
    summary: 'List MPs',
    description: 'MPs with their latest party and seat; search by name or constituency (partial words and small typos allowed).',
    example: '/api/v1/mps?q=qureshi',
    query: mpsQuerySchema,
    response: listOf(mpSummarySchema),
    errors: [400],
  },
  {
    path: '/api/v1/mps/{id}',
    summary: 'One MP, with their record',
    description: 'An MP by Parliament member id: memberships, posts, and every recorded vote with the whip used and the verdict.',
    example: '/api/v1/mps/3924',
    pathParams: [idParam('Parliament member id', 3924)],
    response: z.object({ data: mpDetailSchema }),
    errors: [400, 404],
  },
  {
    path: '/api/v1/rebels',
    summary: 'Rebels against the whip',
    description:
      `The rebel explorer’s rows, with the same filters as the /rebels page. A list covers at most ${REBELS_MAX_DIVISIONS} divisions: ` +
      `the ones chosen with \`division\`, or else the latest ${REBELS_MAX_DIVISIONS} (between \`from\` and \`to\`, when given). ` +
      '`scope` names the divisions read; the counts and each rebel’s whipped votes are over those alone. When older divisions ' +
      'were left out, `scope.earlier_to` is the `to` date that reads the next ones back.',
    example: '/api/v1/rebels?division=1666&party=Lab&role=frontbench',
    query: rebelsQuery,
    response: z.object({
      filters: z.record(z.string(), z.unknown()),
      scope: z.object({
        description: z.string().describe('Which divisions the list covers, in words.'),
        kind: z.enum(['chosen', 'latest']).describe('chosen: the divisions asked for; latest: the latest ones (between the dates, when given).'),
        from: z.string().nullable().describe('The `from` date asked for (YYYY-MM-DD), or null.'),
        to: z.string().nullable().describe('The `to` date asked for (YYYY-MM-DD), or null.'),
        divisions_read: z.number().int(),
        divisions_matching: z.number().int().describe('Divisions that match the division and date filters; more than divisions_read when the limit cut.'),
        limit: z.number().int(),
        earlier_to: z.string().nullable().describe('The `to` date (YYYY-MM-DD) that reads the divisions before these, or null when none was left out.'),
        divisions: z.array(z.object({ id: z.number().int(), date: z.string(), title: z.string() })),
      }),
      counts: z.object({ rebels: z.number().int(), rebellions: z.number().int() }),
      data: z.array(z.record(z.string(), z.unknown())),
      paging: listOf(z.unknown()).shape.paging,
    }),
    errors: [400],
  },
  {
    path: '/api/v1/topics',
    summary: 'List topics',
    description: 'Every topic, by title, with how many divisions it links.',
    example: '/api/v1/topics',
    response: z.object({ data: z.array(topicSummarySchema) }),
    errors: [400],
  },
  {
    path: '/api/v1/topics/{slug}',
    summary: 'One topic',
    description:
      'A topic’s divisions with the lobby that supports it, each party’s and every MP’s votes on them with a summary in words ' +
      '(README, "Topics": the wording rules), and the parties’ lines.',
    example: '/api/v1/topics/gaza-immediate-ceasefire',
    pathParams: [{ name: 'slug', description: 'The topic’s slug, e.g. gaza-immediate-ceasefire' }],
    response: z.object({ data: topicDetailSchema }),
    errors: [400, 404],
  },
  {
    path: '/api/v1/parties',
    summary: 'List parties',
    description: 'Every party, largest first, with its MPs now (by latest recorded party).',
    example: '/api/v1/parties',
    response: z.object({ data: z.array(partySummarySchema) }),
    errors: [400],
  },
  {
    path: '/api/v1/parties/{abbreviation}',
    summary: 'One party',
    description: 'A party’s whips recorded, rebellions and most frequent rebels, posts left over a vote, and its cohesion per division.',
    example: '/api/v1/parties/Lab',
    pathParams: [{ name: 'abbreviation', description: 'The party’s abbreviation, e.g. Lab' }],
    response: z.object({ data: partyDetailSchema }),
    errors: [400, 404],
  },
  {
    path: '/api/v1/statements',
    summary: 'Statements',
    description: 'What MPs said and the parties’ lines, newest first, with sources; by topic, MP or party.',
    example: '/api/v1/statements?topic=gaza-immediate-ceasefire',
    query: statementsQuerySchema,
    response: listOf(statementListItemSchema),
    errors: [400],
  },
  {
    path: '/api/v1/popolo.json',
    summary: 'Popolo export',
    description: 'People, parties, memberships, posts, divisions and votes in the Popolo format, for open-data users.',
    example: '/api/v1/popolo.json',
    response: z.record(z.string(), z.unknown()),
    errors: [],
  },
  {
    path: '/api/v1/openapi.json',
    summary: 'This document',
    description: 'The OpenAPI 3.1 description of the API.',
    example: '/api/v1/openapi.json',
    response: z.record(z.string(), z.unknown()),
    errors: [],
  },
];

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const generated = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  delete generated.$schema;
  return generated;
}

function parametersOf(endpoint: Endpoint) {
  const path = (endpoint.pathParams ?? []).map((p) => ({
    name: p.name,
    in: 'path',
    required: true,
    description: p.description,
    schema: { type: 'string', pattern: '^[0-9]{1,10}$' },
  }));
  const query = Object.entries(endpoint.query?.shape ?? {}).map(([name, field]) => {
    const schema = jsonSchema(field as z.ZodType, 'input');
    const description = (field as z.ZodType).description;
    return { name, in: 'query', required: false, ...(description ? { description } : {}), schema };
  });
  return [...path, ...query];
}

const ERROR_TEXT = { 400: 'A parameter is not valid; the message says which and why.', 404: 'No such division or MP.' } as const;

/** The OpenAPI document, served at /api/v1/openapi.json. */
export function buildOpenApiDocument(serverUrl: string) {
  const errorBody = { 'application/json': { schema: jsonSchema(errorSchema, 'output') } };
  const paths: Record<string, unknown> = {};
  for (const endpoint of ENDPOINTS) {
    paths[endpoint.path] = {
      get: {
        summary: endpoint.summary,
        description: endpoint.description,
        operationId: endpoint.path.replace(/^\/api\/v1\//, '').replace(/[{}]/g, '').replace(/[^a-z0-9]+/gi, '_'),
        parameters: parametersOf(endpoint),
        responses: {
          200: {
            description: 'OK. Cached for a minute (Cache-Control: public, max-age=60, stale-while-revalidate).',
            content: { 'application/json': { schema: jsonSchema(endpoint.response, 'output') } },
          },
          ...Object.fromEntries(endpoint.errors.map((status) => [status, { description: ERROR_TEXT[status], content: errorBody }])),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ayes & Noes API',
      version: '1.0.0',
      description:
        'Read-only data on how UK MPs vote and which whip they defied. Ids are official: Commons Votes division ids and Parliament member ids. Dates are ISO 8601. Lists page with ?page and ?per_page (at most 200).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: serverUrl }],
    paths,
  };
}
