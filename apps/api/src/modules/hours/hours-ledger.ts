import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LoggedHours } from '@plekwijzer/api/modules/introductions/logged-hours.port.js';

/** The hours feature's answer to introductions: the last day with hours that count. */
@Injectable()
export class HoursLedger implements LoggedHours {
  async lastWorkDay(introductionId: string, manager: EntityManager): Promise<string | null> {
    const [last]: Array<{ day: string | null }> = await manager.query(
      `SELECT to_char(max(work_date), 'YYYY-MM-DD') AS day FROM hours_entries WHERE introduction_id = $1 AND superseded_at IS NULL AND status <> 'REJECTED'`,
      [introductionId],
    );
    return last?.day ?? null;
  }
}
