import type { ReactNode } from 'react';

/** A screen in the desk's navigation. Only working screens are listed. */
export interface NavItem {
  id: string;
  /** i18n key in the `common` namespace. */
  label: string;
  render: () => ReactNode;
}
