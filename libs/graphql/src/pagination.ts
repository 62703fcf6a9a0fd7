import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from './domain-error.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** The window of a list the services read: `first` items after skipping `offset`. */
export interface PageInput {
  first: number;
  offset: number;
}

const FIRST_MESSAGE = `first must be a whole number from 1 to ${MAX_PAGE_SIZE}`;
const MAX_OFFSET = 1_000_000;

/** The opaque cursor of the item at `index` (0-based) in a list. */
export function encodeCursor(index: number): string {
  return Buffer.from(`offset:${index}`, 'utf8').toString('base64');
}

/** The index a cursor points at; a cursor this API did not hand out is a field error on `path`. */
export function decodeCursor(cursor: string, path = 'after'): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const match = /^offset:(\d{1,7})$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(index) || index > MAX_OFFSET || encodeCursor(index) !== cursor) {
    throw DomainError.badInput([
      { path, message: `${path} must be a cursor from this list's pageInfo or edges` },
    ]);
  }
  return index;
}

/** `first` and `after` of every Relay connection field: at most 100 items after a cursor. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'How many items to return (1–100).' })
  @IsInt({ message: FIRST_MESSAGE })
  @Min(1, { message: FIRST_MESSAGE })
  @Max(MAX_PAGE_SIZE, { message: FIRST_MESSAGE })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, {
    nullable: true,
    description:
      "Return the items after this cursor (an edge's `cursor` or `pageInfo.endCursor`); from the start when omitted.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}

/** The service window for connection arguments; a bad `after` cursor is a BAD_USER_INPUT field error. */
export function pageOf(args: Partial<ConnectionArgs> | undefined): PageInput {
  const first = args?.first ?? DEFAULT_PAGE_SIZE;
  const offset = args?.after ? decodeCursor(args.after) + 1 : 0;
  return { first, offset };
}

@ObjectType('PageInfo', { description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'More items follow this page (ask again with `after: endCursor`).' })
  hasNextPage: boolean;

  @Field({ description: 'Items come before this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first item on this page; null when empty.',
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item on this page; null when empty.',
  })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The Relay edge type `<name>Edge { cursor node }` for one item type (made once per name). */
const edgeTypes = new Map<string, Type<Edge<unknown>>>();
export function Edge<T>(itemType: Type<T>, name: string): Type<Edge<T>> {
  const known = edgeTypes.get(name);
  if (known) return known as Type<Edge<T>>;

  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Pass as `after` to continue the list after this item.' })
    cursor: string;

    @Field(() => itemType, { description: 'The item.' })
    node: T;
  }
  edgeTypes.set(name, EdgeType);
  return EdgeType;
}

/**
 * A Relay connection type `<name>Connection` with `<name>Edge`, e.g.
 * `Connection(ParticipantModel, 'Participant')` → `ParticipantConnection { edges { cursor node } pageInfo totalCount }`.
 */
export function Connection<T>(
  itemType: Type<T>,
  name: string,
  what = `${name.toLowerCase()}s`,
): Type<ConnectionShape<T>> {
  const EdgeType = Edge(itemType, name);

  @ObjectType(`${name}Connection`, { description: `A page of ${what} (Relay cursor connection).` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items on this page, in order, each with its cursor.' })
    edges: Edge<T>[];

    @Field(() => PageInfo, { description: 'Cursors and whether more items follow.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has (all pages).' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Builds a connection from one page of items that starts at `offset` in a list of `total`. */
export function toConnection<T>(items: readonly T[], total: number, offset: number): ConnectionShape<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A connection over a list that is read whole (small per-entity lists), paged in memory. */
export function sliceToConnection<T>(all: readonly T[], page: PageInput): ConnectionShape<T> {
  return toConnection(all.slice(page.offset, page.offset + page.first), all.length, page.offset);
}
