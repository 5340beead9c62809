/**
 * The practice requests, typed (contract: `Requests` in lib/protocol.ts, handled by
 * lib/practice/service.ts). Types are imported type-only, so no practice logic or data reaches
 * the UI bundle.
 */
import { createClient, type Transport } from '../../lib/client';
import type { FocusRow } from '../../lib/db/schema';
import type { AnswerResult, PracticeToday } from '../../lib/practice/service';
import type { Progress } from '../../lib/practice/progress';

export type { AnswerResult, PracticeToday, Progress, FocusRow };
export type { QuestionView } from '../../lib/practice/service';
export type { DailyCard } from '../../lib/practice/daily';

/** Typed practice calls over a transport (the same one the rest of the UI uses). */
export function createPracticeApi(send: Transport) {
  const req = createClient(send);
  return {
    today: (more = false) => req({ type: 'practiceToday', more }),
    answer: (questionId: string, choice: number) => req({ type: 'practiceAnswer', questionId, choice }),
    progress: () => req({ type: 'practiceProgress' }),
    setFocus: (edit: { country: string; pinned?: boolean; hidden?: boolean; remove?: boolean }) => req({ type: 'setFocus', ...edit }),
  };
}

export type PracticeApi = ReturnType<typeof createPracticeApi>;
