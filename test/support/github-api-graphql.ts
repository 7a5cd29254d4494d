// The GraphQL endpoint (POST /graphql) of the GitHub API double. Every document is validated against
// GitHub's published GraphQL schema (@octokit/graphql-schema); what the real API would reject is a
// violation. Only the fields the action uses are resolved: `viewer` and `minimizeComment`.
import { buildSchema, graphql, GraphQLError, parse, validate, type GraphQLSchema } from 'graphql';
import { schema as githubSchema } from '@octokit/graphql-schema';
import type { GitHubApiDouble } from './github-api.js';
import type { Identity } from './github-api-shared.js';

let shared: GraphQLSchema | undefined;
/** GitHub's SDL repeats a few fields, which graphql-js refuses unless told the SDL is valid. */
function schema(): GraphQLSchema {
  shared ??= buildSchema(githubSchema.idl, { assumeValidSDL: true });
  return shared;
}

export interface GraphQLAnswer {
  status: number;
  body: unknown;
  /** Why GitHub would reject the document itself (not a scenario outcome such as FORBIDDEN). */
  invalid?: string[];
}

/** IssueComment node ids as the REST double issues them: base64 of `012:IssueComment<id>`. */
function commentIdOf(nodeId: string): number | undefined {
  const m = /^012:IssueComment(\d+)$/.exec(Buffer.from(nodeId, 'base64').toString('utf8'));
  return m ? Number(m[1]) : undefined;
}

function forbidden(): GraphQLError {
  return new GraphQLError('Resource not accessible by integration', { extensions: { type: 'FORBIDDEN' } });
}

export async function answerGraphQL(
  api: GitHubApiDouble,
  identity: Identity,
  request: unknown,
): Promise<GraphQLAnswer> {
  const { query, variables } = (request ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
  if (typeof query !== 'string')
    return {
      status: 400,
      body: { message: 'A query attribute must be specified and must be a string.' },
      invalid: ['no query'],
    };
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return {
      status: 200,
      body: { errors: [{ message: (error as Error).message }] },
      invalid: [(error as Error).message],
    };
  }
  const problems = validate(schema(), document);
  if (problems.length)
    return {
      status: 200,
      body: { errors: problems.map((p) => ({ message: p.message })) },
      invalid: problems.map((p) => p.message),
    };
  const rootValue = {
    viewer: () => ({ login: identity.login }),
    minimizeComment: ({ input }: { input: { subjectId: string; classifier: string } }) => {
      if (api.readOnlyToken) throw forbidden();
      const id = commentIdOf(input.subjectId);
      const comment = id === undefined ? undefined : api.state.comments.get(id);
      if (!comment)
        throw new GraphQLError(`Could not resolve to a node with the global id of '${input.subjectId}'`, {
          extensions: { type: 'NOT_FOUND' },
        });
      comment.minimized = input.classifier.toLowerCase();
      return {
        clientMutationId: null,
        minimizedComment: { __typename: 'IssueComment', isMinimized: true, minimizedReason: comment.minimized },
      };
    },
  };
  const result = await graphql({ schema: schema(), source: query, rootValue, variableValues: variables ?? {} });
  const body = result.errors
    ? {
        data: result.data ?? null,
        errors: result.errors.map((e) => ({
          message: e.message,
          type: (e.extensions as { type?: string }).type,
          path: e.path,
        })),
      }
    : { data: result.data };
  return { status: 200, body };
}
