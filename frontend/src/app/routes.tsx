import type { ComponentType } from 'react'
import type { RouteObject } from 'react-router'
import { Loading } from '../components/Loading'
import { PERMISSIONS } from '../lib/auth/permissions'
import { RequireAuth } from './guards/RequireAuth'
import { RequirePermission } from './guards/RequirePermission'
import { SessionBridge } from './guards/SessionBridge'
import { AppLayout } from './layout/AppLayout'
import { PublicLayout } from './layout/PublicLayout'
import NotFoundPage from './routes/NotFoundPage'

/** Route pages are split into their own chunks. */
function page(load: () => Promise<{ default: ComponentType }>): RouteObject['lazy'] {
  return async () => ({ Component: (await load()).default })
}

export const routes: RouteObject[] = [
  {
    element: <SessionBridge />,
    hydrateFallbackElement: <Loading />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'login', lazy: page(() => import('./routes/LoginPage')) },
          { path: 'activate', lazy: page(() => import('./routes/ActivatePage')) },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { index: true, lazy: page(() => import('./routes/HomePage')) },
              { path: 'account', lazy: page(() => import('./routes/AccountPage')) },
              {
                path: 'admin/organisations',
                element: <RequirePermission permission={PERMISSIONS.organisationsRead} />,
                children: [
                  { index: true, lazy: page(() => import('./routes/OrganisationsPage')) },
                  { path: ':organisationId', lazy: page(() => import('./routes/OrganisationPage')) },
                ],
              },
              {
                path: 'admin/users',
                element: <RequirePermission permission={PERMISSIONS.usersRead} />,
                children: [
                  { index: true, lazy: page(() => import('./routes/UsersPage')) },
                  { path: ':userId', lazy: page(() => import('./routes/UserPage')) },
                ],
              },
              {
                path: 'cases',
                element: <RequirePermission permission={PERMISSIONS.casesRead} />,
                children: [
                  { index: true, lazy: page(() => import('./routes/CasesPage')) },
                  {
                    path: 'new',
                    element: <RequirePermission permission={PERMISSIONS.casesCreate} />,
                    children: [{ index: true, lazy: page(() => import('./routes/NewCasePage')) }],
                  },
                  { path: ':caseId', lazy: page(() => import('./routes/CasePage')) },
                ],
              },
              {
                path: 'persons/:personId',
                element: <RequirePermission permission={PERMISSIONS.personsRead} />,
                children: [{ index: true, lazy: page(() => import('./routes/PersonPage')) }],
              },
              {
                path: 'process',
                element: <RequirePermission permission={PERMISSIONS.processRead} />,
                children: [{ index: true, lazy: page(() => import('./routes/ProcessPage')) }],
              },
              {
                path: 'audit',
                element: <RequirePermission permission={PERMISSIONS.auditRead} />,
                children: [{ index: true, lazy: page(() => import('./routes/AuditPage')) }],
              },
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
    ],
  },
]
