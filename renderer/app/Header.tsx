import type { Route } from './router';
import { useTheme } from './theme';
import { SaveIndicator } from './SaveIndicator';

const NAV: { href: string; label: string; match: Route['name'][] }[] = [
  { href: '#/', label: 'Rounds', match: ['home', 'new', 'assess', 'results'] },
  { href: '#/compare', label: 'Compare', match: ['compare', 'present', 'offsite', 'offsite-summary'] },
  { href: '#/workspace', label: 'Workspace', match: ['workspace'] },
  { href: '#/plan', label: 'Repair plan', match: ['plan'] },
  { href: '#/history', label: 'History', match: ['history'] },
];

export function Header({ route }: { route: Route }) {
  const { theme, toggle } = useTheme();
  return (
    <header className="header">
      <a className="brand" href="#/" aria-label="Accord home">
        <span className="brand-mark" aria-hidden="true" />
        Accord
      </a>
      <nav aria-label="Main">
        <ul className="nav">
          {NAV.map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={item.match.includes(route.name) ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-end">
        {route.name === 'assess' && <SaveIndicator />}
        <button type="button" className="ghost" onClick={toggle} aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}>
          {theme === 'dark' ? '☀ Light' : '☾ Dark'}
        </button>
      </div>
    </header>
  );
}
