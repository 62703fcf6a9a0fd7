import { Route } from 'react-router';
import { lazyPage } from '../../app/lazy';

// Its own chunk, loaded when first opened (app/lazy.tsx).
const SearchPage = lazyPage(() => import('./SearchPage'), 'SearchPage');

/** The place search: for every signed-in role (the API's searchPlacements is open to all of them). */
export const searchRoutes = <Route path="search" element={<SearchPage />} />;
