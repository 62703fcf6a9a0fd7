import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  StatusBadge,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormattedDate, FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from 'urql';
import { AppButtonLink } from '../../../app/links';
import { LoadMore } from '../../../app/LoadMore';
import { QueryState } from '../../../app/QueryState';
import { usePageTitle } from '../../../app/usePageTitle';
import type {
  DeclineReason,
  EndReason,
  IntroductionStatus,
  PlaceIntroductionsQuery,
} from '../../../gql/graphql';
import { summariseError, type ApiErrorLike } from '../../../graphql/errors';
import { formProblems, type GeneralProblem } from '../../../graphql/fieldProblems';
import { useConnectionPages, type ConnectionPages } from '../../../graphql/useConnectionPages';
import { TIME_ZONE } from '../../../i18n/locale';
import { Field, type Problem } from '../shared/Field';
import { LastingRefusal, useLastingRefusal } from '../shared/LastingRefusal';
import { ScreenReaderOnly } from '../shared/ScreenReaderOnly';
import {
  AcceptIntroductionMutation,
  CompleteIntroductionMutation,
  DeclineIntroductionMutation,
  EndIntroductionEarlyMutation,
  PlaceIntroductionsQuery as PlaceIntroductionsDocument,
  StartIntroductionMutation,
} from './documents';
import { todayIn } from './hours';

export type PlaceIntroduction = PlaceIntroductionsQuery['placeIntroductions']['edges'][number]['node'];

/** The mutations answer with IntroductionState: the list (PlaceIntroduction) is refetched after them. */
export const INTRODUCTIONS_CONTEXT = { additionalTypenames: ['IntroductionState', 'HoursEntry'] };

const GROUPS: Array<{ id: string; statuses: IntroductionStatus[] }> = [
  { id: 'new', statuses: ['PROPOSED'] },
  { id: 'accepted', statuses: ['ACCEPTED'] },
  { id: 'started', statuses: ['STARTED'] },
  { id: 'finished', statuses: ['COMPLETED', 'ENDED_EARLY', 'DECLINED', 'WITHDRAWN'] },
];
const BADGE: Record<IntroductionStatus, string> = {
  PROPOSED: 'warning',
  ACCEPTED: 'active',
  STARTED: 'safe',
  COMPLETED: 'neutral',
  ENDED_EARLY: 'neutral',
  DECLINED: 'neutral',
  WITHDRAWN: 'neutral',
};
const DECLINE_REASONS = [
  'NO_CAPACITY',
  'AVAILABILITY',
  'LANGUAGE',
  'TRAVEL',
  'CHILDCARE',
  'PROFILE_FIT',
  'NO_RESPONSE',
  'OTHER',
] as const satisfies readonly DeclineReason[];
const END_REASONS = [
  'PARTICIPANT_STOPPED',
  'FOUND_WORK',
  'HEALTH',
  'CHILDCARE',
  'SCHEDULE_CONFLICT',
  'LANGUAGE',
  'COMPLETED_GOALS',
  'PLACE_ENDED',
  'OTHER',
] as const satisfies readonly EndReason[];

type Action = 'accept' | 'decline' | 'start' | 'complete' | 'end';

/** A refused answer to a proposal: which introduction, what was tried, and what to say about it. */
interface Refusal {
  introductionId: string;
  action: Action;
  place: string;
  lines: GeneralProblem[];
}

/** What the message above the list starts with: what was not done, for whom, at which place. */
const REFUSED: Record<Action, string> = {
  accept: 'employer.introductions.acceptRefused',
  decline: 'employer.introductions.declineRefused',
  start: 'employer.introductions.startRefused',
  complete: 'employer.introductions.completeRefused',
  end: 'employer.introductions.endRefused',
};

/**
 * The page's words for ILLEGAL_TRANSITION: the general sentence asks to reload the page, but the
 * list has just reloaded by itself.
 */
const OWN_WORDS = { ILLEGAL_TRANSITION: 'employer.introductions.changedMeanwhile' };

/**
 * "Voorstellen": the coaches' proposals for the organisation's places, and what to do with each.
 *
 * A refused answer (the coach withdrew the proposal meanwhile, it was already answered elsewhere)
 * is said above the list, not in the card: the refusal makes the list reload, and the card moves to
 * the group where it now stands and is drawn anew, so a message inside it would vanish — or the
 * card would keep showing buttons that no longer work. It stays until the employer does something
 * else on the page or closes it.
 *
 * The proposals come a page at a time (graphql/useConnectionPages.ts), newest first: "Meer laden"
 * below the groups adds older ones, each to its group, the focus on the first new card. An answer
 * reloads every page loaded, so a card answered on a later page moves to its new group and stays.
 */
export function IntroductionsPage() {
  usePageTitle('employer.introductions.title');
  const intl = useIntl();
  const pages = useConnectionPages({
    query: PlaceIntroductionsDocument,
    variables: {},
    connection: (d) => d.placeIntroductions,
    context: useMemo(() => INTRODUCTIONS_CONTEXT, []),
    name: 'introductions',
  });
  const { data, fetching, error } = pages;
  const { refusal, setRefusal, alertRef } = useLastingRefusal<Refusal>();
  const all = pages.nodes;
  function dismiss() {
    const id = refusal && `introduction-${refusal.introductionId}`;
    setRefusal(undefined);
    // Back to the card it was about, wherever the reload put it; else to the page.
    (document.getElementById(id ?? '') ?? document.getElementById('main'))?.focus();
  }
  // The name as the list shows it now: once the proposal has ended, the place no longer sees it.
  const current = refusal && all.find((i) => i.id === refusal.introductionId);
  const refusedName =
    current?.profile?.nickname ?? intl.formatMessage({ id: 'employer.introductions.theParticipant' });

  return (
    <>
      <Heading1>
        <FormattedMessage id="employer.introductions.title" />
      </Heading1>
      <QueryState fetching={fetching && !data} error={error}>
        {refusal && (
          <LastingRefusal
            alertRef={alertRef}
            className="pw-introductions__alert"
            lines={refusal.lines}
            onDismiss={dismiss}
            lead={
              <FormattedMessage
                id={REFUSED[refusal.action]}
                values={{ name: refusedName, place: current?.placement.title ?? refusal.place }}
              />
            }
          />
        )}
        {all.length === 0 ? (
          <Paragraph>
            <FormattedMessage id="employer.introductions.empty" />
          </Paragraph>
        ) : (
          GROUPS.map((group) => {
            const items = all.filter((i) => group.statuses.includes(i.status));
            if (items.length === 0) return null;
            return (
              <section key={group.id} aria-labelledby={`introductions-${group.id}`}>
                <Heading2 id={`introductions-${group.id}`}>
                  <FormattedMessage
                    id={`employer.introductions.group.${group.id}`}
                    values={{ count: items.length }}
                  />
                </Heading2>
                <ul className="pw-plain-list">
                  {items.map((introduction) => (
                    <li key={introduction.id}>
                      <IntroductionCard
                        introduction={introduction}
                        focus={pages.rowProps(introduction.id)}
                        onAction={() => setRefusal(undefined)}
                        onRefused={(action, lines) =>
                          setRefusal({
                            introductionId: introduction.id,
                            action,
                            place: introduction.placement.title,
                            lines,
                          })
                        }
                      />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        )}
        {all.length > 0 && <LoadMore pages={pages} />}
      </QueryState>
    </>
  );
}

export function participantName(
  introduction: { profile?: { nickname?: string | null } | null },
  fallback: string,
): string {
  return introduction.profile?.nickname ?? fallback;
}

function date(value: string) {
  return <FormattedDate value={`${value}T12:00:00Z`} dateStyle="medium" timeZone="UTC" />;
}

type Open = Exclude<Action, 'accept'> | undefined;

/** The fields each form shows; the API's errors on any other field (introductionId) go to the page's alert. */
const SHOWN: Record<NonNullable<Open>, readonly string[]> = {
  decline: ['reason', 'note'],
  start: ['startDate'],
  complete: ['endDate'],
  end: ['reason', 'endDate', 'note'],
};

function IntroductionCard({
  introduction,
  focus,
  onAction,
  onRefused,
}: {
  introduction: PlaceIntroduction;
  /** Where the focus goes when this card has just been loaded (graphql/useConnectionPages.ts). */
  focus: ReturnType<ConnectionPages<unknown, unknown>['rowProps']>;
  /** The employer does something on this card: a message about an earlier refusal has had its time. */
  onAction: () => void;
  /** A refusal's general alert (the reason's sentence, an error on introductionId), for the page to keep. */
  onRefused: (action: Action, lines: GeneralProblem[]) => void;
}) {
  const intl = useIntl();
  const [open, setOpenState] = useState<Open>();
  const [fields, setFields] = useState<Record<string, Problem>>({});
  const formRef = useRef<HTMLFormElement>(null);
  // The pressed button is gone once its form opens: the focus goes to the form's first field.
  useEffect(() => {
    if (open) formRef.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, [open]);
  const [accepting, accept] = useMutation(AcceptIntroductionMutation);
  const [declining, decline] = useMutation(DeclineIntroductionMutation);
  const [starting, start] = useMutation(StartIntroductionMutation);
  const [completing, complete] = useMutation(CompleteIntroductionMutation);
  const [ending, end] = useMutation(EndIntroductionEarlyMutation);
  const busy =
    accepting.fetching || declining.fetching || starting.fetching || completing.fetching || ending.fetching;
  const today = todayIn(TIME_ZONE);
  const [form, setForm] = useState({
    declineReason: '' as DeclineReason | '',
    endReason: '' as EndReason | '',
    note: '',
    date: today,
  });
  const who = participantName(introduction, intl.formatMessage({ id: 'employer.introductions.participant' }));
  const headingId = `introduction-${introduction.id}`;
  const profile = introduction.profile;

  function setOpen(next: Open) {
    onAction();
    setFields({});
    setOpenState(next);
  }
  /**
   * Sends an answer. The problems beside the form's fields stay here; the rest goes above the list,
   * which reloads (INTRODUCTIONS_CONTEXT) and may move this card or take its buttons away.
   */
  async function act(action: Action, run: () => Promise<{ error?: ApiErrorLike }>) {
    onAction();
    setFields({});
    const result = await run();
    if (!result.error) {
      setOpenState(undefined);
      return;
    }
    const problems = formProblems(summariseError(result.error), open ? SHOWN[open] : [], { own: OWN_WORDS });
    setFields(problems.fields);
    if (problems.general.length > 0) onRefused(action, problems.general);
  }
  const id = introduction.id;

  return (
    <article className="pw-card" aria-labelledby={headingId}>
      <div className="pw-card__top">
        {/* Focusable by script only: closing a refusal's message brings the focus back here. */}
        <Heading3 id={headingId} tabIndex={-1} {...focus}>
          <FormattedMessage
            id="employer.introductions.heading"
            values={{ name: who, place: introduction.placement.title }}
          />
        </Heading3>
        <StatusBadge status={BADGE[introduction.status]}>
          <FormattedMessage id={`employer.introductionStatus.${introduction.status}`} />
        </StatusBadge>
      </div>
      {profile ? (
        <DataList className="pw-profile">
          <DataListItem>
            <DataListKey>
              <FormattedMessage id="employer.profile.language" />
            </DataListKey>
            <DataListValue>
              {(['speaking', 'listening', 'reading', 'writing'] as const)
                .map(
                  (skill) =>
                    `${intl.formatMessage({ id: `employer.skill.${skill.toUpperCase()}` })} ${
                      profile.languageLevels[skill] === 'NONE'
                        ? intl.formatMessage({ id: 'employer.profile.levelNone' })
                        : profile.languageLevels[skill]
                    }`,
                )
                .join(' · ')}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>
              <FormattedMessage id="employer.profile.times" />
            </DataListKey>
            <DataListValue>
              {profile.fittingAvailability.length === 0 ? (
                <FormattedMessage id="employer.profile.noTimes" />
              ) : (
                profile.fittingAvailability
                  .map(
                    (r) =>
                      `${intl.formatMessage({ id: `employer.weekdayShort.${r.day}` })} ${r.start}–${r.end}`,
                  )
                  .join(', ')
              )}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>
              <FormattedMessage id="employer.profile.travel" />
            </DataListKey>
            <DataListValue>
              {profile.travelBand === 'unknown' ? (
                <FormattedMessage id="employer.profile.travelUnknown" />
              ) : profile.travelBand === 'more than 60 min' ? (
                <FormattedMessage id="employer.profile.travelLong" />
              ) : (
                profile.travelBand
              )}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>
              <FormattedMessage id="employer.profile.support" />
            </DataListKey>
            <DataListValue>
              {profile.supportNeeded.length === 0 ? (
                <FormattedMessage id="employer.profile.noSupport" />
              ) : (
                intl.formatList(profile.supportNeeded)
              )}
            </DataListValue>
          </DataListItem>
          {profile.coachMessage && (
            <DataListItem>
              <DataListKey>
                <FormattedMessage id="employer.profile.message" />
              </DataListKey>
              <DataListValue>{profile.coachMessage}</DataListValue>
            </DataListItem>
          )}
        </DataList>
      ) : (
        <Paragraph className="pw-muted">
          <FormattedMessage id="employer.profile.hidden" />
        </Paragraph>
      )}
      <Paragraph className="pw-muted">
        <FormattedMessage
          id="employer.introductions.dates"
          values={{
            proposed: <FormattedDate value={introduction.createdAt} dateStyle="medium" />,
            start: introduction.startDate ? date(introduction.startDate) : '',
            hasStart: Boolean(introduction.startDate),
            end: introduction.endDate ? date(introduction.endDate) : '',
            hasEnd: Boolean(introduction.endDate),
          }}
        />
        {introduction.declineReason && (
          <>
            {' '}
            <FormattedMessage
              id="employer.introductions.declinedBecause"
              values={{
                reason: intl.formatMessage({ id: `employer.declineReason.${introduction.declineReason}` }),
              }}
            />
          </>
        )}
        {introduction.endReason && (
          <>
            {' '}
            <FormattedMessage
              id="employer.introductions.endedBecause"
              values={{ reason: intl.formatMessage({ id: `employer.endReason.${introduction.endReason}` }) }}
            />
          </>
        )}
      </Paragraph>

      {open === undefined && (
        <ButtonGroup className="pw-card__actions">
          {introduction.status === 'PROPOSED' && (
            <>
              <Button
                appearance="primary-action-button"
                disabled={busy}
                onClick={() =>
                  void act('accept', () => accept({ input: { introductionId: id } }, INTRODUCTIONS_CONTEXT))
                }
              >
                <FormattedMessage
                  id="employer.introductions.accept"
                  values={{ name: <ScreenReaderOnly>{who}</ScreenReaderOnly> }}
                />
              </Button>
              <Button appearance="secondary-action-button" disabled={busy} onClick={() => setOpen('decline')}>
                <FormattedMessage
                  id="employer.introductions.decline"
                  values={{ name: <ScreenReaderOnly>{who}</ScreenReaderOnly> }}
                />
              </Button>
            </>
          )}
          {introduction.status === 'ACCEPTED' && (
            <Button appearance="primary-action-button" disabled={busy} onClick={() => setOpen('start')}>
              <FormattedMessage
                id="employer.introductions.start"
                values={{ name: <ScreenReaderOnly>{who}</ScreenReaderOnly> }}
              />
            </Button>
          )}
          {introduction.status === 'STARTED' && (
            <>
              <AppButtonLink to={`/employer/hours#hours-${id}`} appearance="primary-action-button">
                <FormattedMessage
                  id="employer.introductions.logHours"
                  values={{ name: <ScreenReaderOnly>{who}</ScreenReaderOnly> }}
                />
              </AppButtonLink>
              <Button
                appearance="secondary-action-button"
                disabled={busy}
                onClick={() => setOpen('complete')}
              >
                <FormattedMessage
                  id="employer.introductions.complete"
                  values={{ name: <ScreenReaderOnly>{who}</ScreenReaderOnly> }}
                />
              </Button>
              <Button appearance="subtle-button" disabled={busy} onClick={() => setOpen('end')}>
                <FormattedMessage
                  id="employer.introductions.end"
                  values={{ name: <ScreenReaderOnly>{who}</ScreenReaderOnly> }}
                />
              </Button>
            </>
          )}
        </ButtonGroup>
      )}

      {open && (
        <form
          ref={formRef}
          className="pw-inline-form"
          aria-label={intl.formatMessage({ id: `employer.introductions.${open}Form` })}
          onSubmit={(e) => {
            e.preventDefault();
            if (open === 'decline' && form.declineReason)
              void act('decline', () =>
                decline(
                  {
                    input: {
                      introductionId: id,
                      reason: form.declineReason as DeclineReason,
                      note: form.note || undefined,
                    },
                  },
                  INTRODUCTIONS_CONTEXT,
                ),
              );
            if (open === 'start')
              void act('start', () =>
                start({ input: { introductionId: id, startDate: form.date } }, INTRODUCTIONS_CONTEXT),
              );
            if (open === 'complete')
              void act('complete', () =>
                complete({ input: { introductionId: id, endDate: form.date } }, INTRODUCTIONS_CONTEXT),
              );
            if (open === 'end' && form.endReason)
              void act('end', () =>
                end(
                  {
                    input: {
                      introductionId: id,
                      endDate: form.date,
                      reason: form.endReason as EndReason,
                      note: form.note || undefined,
                    },
                  },
                  INTRODUCTIONS_CONTEXT,
                ),
              );
          }}
        >
          {open === 'decline' && (
            <Field
              id={`decline-reason-${id}`}
              label={<FormattedMessage id="employer.introductions.declineReason" />}
              problem={fields.reason}
            >
              <Select
                id={`decline-reason-${id}`}
                required
                value={form.declineReason}
                onChange={(e) => setForm({ ...form, declineReason: e.target.value as DeclineReason })}
              >
                <SelectOption value="">{intl.formatMessage({ id: 'employer.form.choose' })}</SelectOption>
                {DECLINE_REASONS.map((r) => (
                  <SelectOption key={r} value={r}>
                    {intl.formatMessage({ id: `employer.declineReason.${r}` })}
                  </SelectOption>
                ))}
              </Select>
            </Field>
          )}
          {open === 'end' && (
            <Field
              id={`end-reason-${id}`}
              label={<FormattedMessage id="employer.introductions.endReason" />}
              problem={fields.reason}
            >
              <Select
                id={`end-reason-${id}`}
                required
                value={form.endReason}
                onChange={(e) => setForm({ ...form, endReason: e.target.value as EndReason })}
              >
                <SelectOption value="">{intl.formatMessage({ id: 'employer.form.choose' })}</SelectOption>
                {END_REASONS.map((r) => (
                  <SelectOption key={r} value={r}>
                    {intl.formatMessage({ id: `employer.endReason.${r}` })}
                  </SelectOption>
                ))}
              </Select>
            </Field>
          )}
          {open !== 'decline' && (
            <Field
              id={`intro-date-${id}`}
              label={
                <FormattedMessage
                  id={`employer.introductions.${open === 'start' ? 'startDate' : 'endDate'}`}
                />
              }
              problem={fields.startDate ?? fields.endDate}
            >
              <Textbox
                id={`intro-date-${id}`}
                type="date"
                required
                value={form.date}
                onChange={(e) => setForm({ ...form, date: e.target.value })}
              />
            </Field>
          )}
          {(open === 'decline' || open === 'end') && (
            <Field
              id={`intro-note-${id}`}
              label={<FormattedMessage id="employer.introductions.note" />}
              problem={fields.note}
            >
              <Textarea
                id={`intro-note-${id}`}
                rows={2}
                value={form.note}
                onChange={(e) => setForm({ ...form, note: e.target.value })}
              />
            </Field>
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={busy} busy={busy}>
              <FormattedMessage id={`employer.introductions.${open}Confirm`} />
            </Button>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setOpen(undefined);
                // The form and its buttons are gone: back to the card's heading, just above its buttons.
                document.getElementById(headingId)?.focus();
              }}
            >
              <FormattedMessage id="employer.introductions.cancel" />
            </Button>
          </ButtonGroup>
        </form>
      )}
    </article>
  );
}
