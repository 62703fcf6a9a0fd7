import { TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * A table's head: one row of column headers, each `scope="col"` so a screen reader names the
 * column when it reads a cell. The labels are fixed per table, so their position is their key.
 */
export function ColumnHeaders({ labels }: { labels: readonly ReactNode[] }) {
  return (
    <TableHeader>
      <TableRow>
        {labels.map((label, index) => (
          <TableHeaderCell scope="col" key={index}>
            {label}
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
}
