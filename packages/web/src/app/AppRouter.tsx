import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AgenciesPage } from '../features/agencies/AgenciesPage';
import { AgencyPage } from '../features/agencies/AgencyPage';
import { AnalyticsPage } from '../features/analytics/AnalyticsPage';
import { AppealCardPage } from '../features/appeals/AppealCardPage';
import { AppealFlagsPage } from '../features/appeals/AppealFlagsPage';
import { AppealRegisterPage } from '../features/appeals/AppealRegisterPage';
import { AppealsPage } from '../features/appeals/AppealsPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { LoginPage } from '../features/auth/LoginPage';
import { homePath } from '../features/auth/permissions';
import { RequireAuth } from '../features/auth/RequireAuth';
import { useCurrentUser } from '../features/auth/useAuth';
import { CommentCardPage } from '../features/comments/CommentCardPage';
import { CommentDetectPage } from '../features/comments/CommentDetectPage';
import { CommentRoutingPage } from '../features/comments/CommentRoutingPage';
import { CommentsPage } from '../features/comments/CommentsPage';
import { ProblemsPage } from '../features/problems/ProblemsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ImportPage } from '../features/import/ImportPage';
import { ReportBoardPage } from '../features/reports/ReportBoardPage';
import { ReportPage } from '../features/reports/ReportPage';
import { RequestPage } from '../features/reports/RequestPage';
import { RequestsPage } from '../features/reports/RequestsPage';
import { WallCommentsPage } from '../features/dashboard/WallCommentsPage';
import { WallPage } from '../features/dashboard/WallPage';
import { NotFoundPage, PageLoading } from '../shared/PageState';
import { AppLayout } from './AppLayout';

// Loaded on first visit, because its chart library would otherwise double the size of the main bundle.
const ProblemPage = lazy(() => import('../features/problems/ProblemPage').then((module) => ({ default: module.ProblemPage })));

const APPEAL_ROLES = ['CENTER_ADMIN', 'CENTER_OPERATOR', 'AGENCY_OFFICIAL'] as const;
const CENTER_ROLES = ['CENTER_ADMIN', 'CENTER_OPERATOR'] as const;
/** Quarterly reports and information requests: the center and the agencies. */
const REPORT_ROLES = APPEAL_ROLES;
const INFORMATION_RISK_ROLES = ['CENTER_ADMIN', 'CENTER_OPERATOR', 'AGENCY_OFFICIAL', 'PRESS_SERVICE'] as const;

/** Shows the deadline monitor, or sends a user who has no deadlines to watch to their own start page. */
function HomePage() {
  const home = homePath(useCurrentUser());
  return home === '/' ? <DashboardPage /> : <Navigate to={home} replace />;
}

export function AppRouter() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        path="/wall"
        element={
          <RequireAuth>
            <WallPage />
          </RequireAuth>
        }
      />
      <Route
        path="/wall/comments"
        element={
          <RequireAuth roles={INFORMATION_RISK_ROLES}>
            <WallCommentsPage />
          </RequireAuth>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route
          path="analytics"
          element={
            <RequireAuth roles={APPEAL_ROLES}>
              <AnalyticsPage />
            </RequireAuth>
          }
        />
        <Route
          path="appeals"
          element={
            <RequireAuth roles={APPEAL_ROLES}>
              <AppealsPage />
            </RequireAuth>
          }
        />
        <Route
          path="appeals/new"
          element={
            <RequireAuth roles={APPEAL_ROLES}>
              <AppealRegisterPage />
            </RequireAuth>
          }
        />
        <Route
          path="appeals/flags"
          element={
            <RequireAuth roles={APPEAL_ROLES}>
              <AppealFlagsPage />
            </RequireAuth>
          }
        />
        <Route
          path="appeals/:id"
          element={
            <RequireAuth roles={APPEAL_ROLES}>
              <AppealCardPage />
            </RequireAuth>
          }
        />
        <Route
          path="problems"
          element={
            <RequireAuth roles={APPEAL_ROLES}>
              <ProblemsPage />
            </RequireAuth>
          }
        />
        <Route
          path="problems/:id"
          element={
            <RequireAuth roles={APPEAL_ROLES}>
              <Suspense fallback={<PageLoading />}>
                <ProblemPage />
              </Suspense>
            </RequireAuth>
          }
        />
        <Route
          path="comments"
          element={
            <RequireAuth roles={INFORMATION_RISK_ROLES}>
              <CommentsPage />
            </RequireAuth>
          }
        />
        <Route
          path="comments/new"
          element={
            <RequireAuth roles={CENTER_ROLES}>
              <CommentDetectPage />
            </RequireAuth>
          }
        />
        <Route
          path="comments/routing"
          element={
            <RequireAuth roles={CENTER_ROLES}>
              <CommentRoutingPage />
            </RequireAuth>
          }
        />
        <Route
          path="comments/:id"
          element={
            <RequireAuth roles={INFORMATION_RISK_ROLES}>
              <CommentCardPage />
            </RequireAuth>
          }
        />
        <Route
          path="reports"
          element={
            <RequireAuth roles={REPORT_ROLES}>
              <ReportBoardPage />
            </RequireAuth>
          }
        />
        <Route
          path="reports/:id"
          element={
            <RequireAuth roles={REPORT_ROLES}>
              <ReportPage />
            </RequireAuth>
          }
        />
        <Route
          path="requests"
          element={
            <RequireAuth roles={REPORT_ROLES}>
              <RequestsPage />
            </RequireAuth>
          }
        />
        <Route
          path="requests/:id"
          element={
            <RequireAuth roles={REPORT_ROLES}>
              <RequestPage />
            </RequireAuth>
          }
        />
        <Route path="agencies" element={<AgenciesPage />} />
        <Route path="agencies/:id" element={<AgencyPage />} />
        <Route
          path="audit"
          element={
            <RequireAuth roles={['CENTER_ADMIN']}>
              <AuditLogPage />
            </RequireAuth>
          }
        />
        <Route
          path="import"
          element={
            <RequireAuth roles={['CENTER_ADMIN']}>
              <ImportPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
