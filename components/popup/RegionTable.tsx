import { t } from '../../lib/i18n';
import type { RegionCount } from '../../lib/scan/summary';

export function RegionTable({ rows }: { rows: RegionCount[] }) {
  return (
    <table class="regions" data-testid="regions">
      <thead>
        <tr>
          <th scope="col">{t('popup.region')}</th>
          <th scope="col">{t('popup.apps')}</th>
          <th scope="col">{t('popup.collaborators')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.region} data-region={r.region}>
            <th scope="row" title={r.displayName}>
              {r.region}
            </th>
            <td>{r.apps}</td>
            <td>{r.collaborators}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
