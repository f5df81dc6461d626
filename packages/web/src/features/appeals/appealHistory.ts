import type { AppealDetailsFragment } from '@cur/schema';
import { APPEAL_EVENT_LABELS, APPEAL_STATUS_LABELS } from '../../shared/labels';

type AppealEvent = AppealDetailsFragment['history'][number];

/** The Russian wording of one history entry, part by part. */
export interface AppealEventView {
  id: string;
  kind: AppealEvent['kind'];
  title: string;
  /** «из «X» в «Y»», or null when the entry did not change the status. */
  statusChange: string | null;
  /** The short name of the agency that received the appeal, for ASSIGNED and REASSIGNED entries. */
  agency: string | null;
  /** The note the user wrote, or null. */
  comment: string | null;
}

/** The agencies known to the page, for telling an agency's short name from a note that a user wrote. */
export interface HistoryAgencies {
  /** The appeal's agency now, which the latest assignment entry set. */
  current: { shortName: string } | null;
  /** Short names of every agency in the directory. */
  shortNames: ReadonlySet<string>;
}

const isAssignment = (event: AppealEvent) => event.kind === 'ASSIGNED' || event.kind === 'REASSIGNED';

function statusChangeOf(event: AppealEvent): string | null {
  if (!event.fromStatus || event.fromStatus === event.toStatus) {
    return null;
  }
  return `из «${APPEAL_STATUS_LABELS[event.fromStatus]}» в «${APPEAL_STATUS_LABELS[event.toStatus]}»`;
}

/**
 * Splits an assignment entry's note into the agency and the user's comment. The server stores the
 * user's note when one was given and the agency's short name otherwise, and the entry has no agency field.
 * So the agency is known for the latest assignment, which set the appeal's current agency, and for a
 * note that is an agency's short name.
 */
function assignmentParts(
  note: string | null,
  latest: boolean,
  agencies: HistoryAgencies,
): Pick<AppealEventView, 'agency' | 'comment'> {
  if (latest && agencies.current) {
    const agency = agencies.current.shortName;
    return { agency, comment: note && note !== agency ? note : null };
  }
  if (note && agencies.shortNames.has(note)) {
    return { agency: note, comment: null };
  }
  // NOTE: an earlier assignment with a user's note has lost its agency on the server, so none is shown.
  return { agency: null, comment: note };
}

/** Words the appeal's history entries for the timeline, in the order given. */
export function describeAppealHistory(history: readonly AppealEvent[], agencies: HistoryAgencies): AppealEventView[] {
  const latestAssignmentId = history.filter(isAssignment).at(-1)?.id;
  return history.map((event) => {
    const note = event.note?.trim() || null;
    const parts = isAssignment(event)
      ? assignmentParts(note, event.id === latestAssignmentId, agencies)
      : { agency: null, comment: note };
    return {
      id: event.id,
      kind: event.kind,
      title: APPEAL_EVENT_LABELS[event.kind],
      statusChange: statusChangeOf(event),
      ...parts,
    };
  });
}
