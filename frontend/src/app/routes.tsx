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
                  {
                    path: ':caseId/assessments/new',
                    element: <RequirePermission permission={PERMISSIONS.assessmentsWrite} />,
                    children: [{ index: true, lazy: page(() => import('./routes/NewAssessmentPage')) }],
                  },
                  {
                    path: ':caseId/comparison',
                    element: <RequirePermission permission={PERMISSIONS.assessmentsRead} />,
                    children: [{ index: true, lazy: page(() => import('./routes/ComparisonPage')) }],
                  },
                ],
              },
              {
                path: 'assessments/:assessmentId',
                element: <RequirePermission permission={PERMISSIONS.assessmentsRead} />,
                children: [
                  { index: true, lazy: page(() => import('./routes/AssessmentPage')) },
                  {
                    path: 'edit',
                    element: <RequirePermission permission={PERMISSIONS.assessmentsWrite} />,
                    children: [{ index: true, lazy: page(() => import('./routes/EditAssessmentPage')) }],
                  },
                ],
              },
              {
                path: 'reviews',
                element: <RequirePermission permission={PERMISSIONS.assessmentsRead} />,
                children: [{ index: true, lazy: page(() => import('./routes/OverdueReviewsPage')) }],
              },
              {
                path: 'alerts',
                element: <RequirePermission permission={PERMISSIONS.assessmentsRead} />,
                children: [{ index: true, lazy: page(() => import('./routes/OpenAlertsPage')) }],
              },
              {
                // Administrators import crosswalks (frameworks:manage) without assessing.
                path: 'crosswalks',
                element: <RequirePermission permission={[PERMISSIONS.frameworksRead, PERMISSIONS.frameworksManage]} />,
                children: [
                  { index: true, lazy: page(() => import('./routes/CrosswalksPage')) },
                  { path: ':crosswalkId', lazy: page(() => import('./routes/CrosswalkPage')) },
                ],
              },
              {
                // Administrators import and publish versions (frameworks:manage) without assessing.
                path: 'frameworks',
                element: <RequirePermission permission={[PERMISSIONS.frameworksRead, PERMISSIONS.frameworksManage]} />,
                children: [
                  { index: true, lazy: page(() => import('./routes/FrameworksPage')) },
                  { path: ':frameworkId', lazy: page(() => import('./routes/FrameworkPage')) },
                  { path: ':frameworkId/guide/:audience', lazy: page(() => import('./routes/ConversationGuidePage')) },
                ],
              },
              {
                path: 'interventions',
                element: <RequirePermission permission={PERMISSIONS.interventionsRead} />,
                children: [
                  { index: true, lazy: page(() => import('./routes/InterventionsPage')) },
                  {
                    path: 'new',
                    element: <RequirePermission permission={PERMISSIONS.interventionsManage} />,
                    children: [{ index: true, lazy: page(() => import('./routes/EditInterventionPage')) }],
                  },
                  { path: ':interventionId', lazy: page(() => import('./routes/InterventionPage')) },
                  {
                    path: ':interventionId/edit',
                    element: <RequirePermission permission={PERMISSIONS.interventionsManage} />,
                    children: [{ index: true, lazy: page(() => import('./routes/EditInterventionPage')) }],
                  },
                ],
              },
              {
                path: 'plans',
                element: <RequirePermission permission={PERMISSIONS.plansRead} />,
                children: [
                  // Before ':planId', so "attention" is never taken for a plan's id.
                  { path: 'attention', lazy: page(() => import('./routes/PlanAttentionPage')) },
                  { path: ':planId', lazy: page(() => import('./routes/PlanPage')) },
                  { path: ':planId/print', lazy: page(() => import('./routes/PrintPlanPage')) },
                  {
                    path: ':planId/edit',
                    element: <RequirePermission permission={PERMISSIONS.plansWrite} />,
                    children: [{ index: true, lazy: page(() => import('./routes/EditPlanPage')) }],
                  },
                ],
              },
              {
                path: 'meetings',
                element: <RequirePermission permission={PERMISSIONS.meetingsRead} />,
                children: [
                  { index: true, lazy: page(() => import('./routes/MeetingsPage')) },
                  {
                    // Before ':meetingId', so "new" is never taken for a meeting's id.
                    path: 'new',
                    element: <RequirePermission permission={PERMISSIONS.meetingsManage} />,
                    children: [{ index: true, lazy: page(() => import('./routes/NewMeetingPage')) }],
                  },
                  { path: ':meetingId', lazy: page(() => import('./routes/MeetingPage')) },
                  { path: ':meetingId/minutes', lazy: page(() => import('./routes/MeetingMinutesPage')) },
                  {
                    path: ':meetingId/edit',
                    element: <RequirePermission permission={PERMISSIONS.meetingsManage} />,
                    children: [{ index: true, lazy: page(() => import('./routes/EditMeetingPage')) }],
                  },
                  {
                    path: ':meetingId/agenda',
                    element: <RequirePermission permission={PERMISSIONS.meetingsManage} />,
                    children: [{ index: true, lazy: page(() => import('./routes/MeetingAgendaPage')) }],
                  },
                  {
                    path: ':meetingId/run',
                    element: <RequirePermission permission={PERMISSIONS.meetingsManage} />,
                    children: [{ index: true, lazy: page(() => import('./routes/MeetingRunPage')) }],
                  },
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
