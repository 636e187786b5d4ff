/** How serious a finding is: an error gets the sheet sent back; a warning asks the officer to look. */
export type Severity = 'error' | 'warning';
