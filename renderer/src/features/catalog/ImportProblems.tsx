import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../../shared/catalog/importProblems';

/** Every mistake in a rejected file, where to find it and what is wrong, in the staff's language. */
export function ImportProblems({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation('catalog');
  return (
    <div role="alert" className="notice notice-warning">
      <h3>{t('admin.rejected', { count: problems.length })}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('admin.where')}</th>
            <th scope="col">{t('admin.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>
                {p.row === null ? t('admin.wholeFile') : t('admin.row', { row: p.row })}
                {p.field ? (
                  <>
                    , <code>{p.field}</code>
                  </>
                ) : null}
              </td>
              <td>{t(`problem.${p.code}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
