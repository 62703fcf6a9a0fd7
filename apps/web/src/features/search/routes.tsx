import { Route } from 'react-router';
import { SearchPage } from './SearchPage';

/** The place search: for every signed-in role (the API's searchPlacements is open to all of them). */
export const searchRoutes = <Route path="search" element={<SearchPage />} />;
