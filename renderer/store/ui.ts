/**
 * UI state only (never copies of database rows: screens read those live with useLiveQuery).
 * One store from typed slices; read it with one selector per field.
 */
import { create, type StateCreator } from 'zustand';
import type { ActivityStatus, LawfulBasis } from '../../shared/domain';

export type SortDirection = 'asc' | 'desc';

export interface ActivityListSlice {
  activitySearch: string;
  activityStatus: ActivityStatus | 'all';
  activityFunction: string | null;
  activityBasis: LawfulBasis | 'none' | null;
  activitySort: { column: string; direction: SortDirection };
  setActivitySearch: (value: string) => void;
  setActivityStatus: (value: ActivityStatus | 'all') => void;
  setActivityFunction: (value: string | null) => void;
  setActivityBasis: (value: LawfulBasis | 'none' | null) => void;
  setActivitySort: (column: string) => void;
  clearActivityFilters: () => void;
}

export interface ThirdPartyListSlice {
  thirdPartySearch: string;
  thirdPartyKind: string | null;
  thirdPartySort: { column: string; direction: SortDirection };
  setThirdPartySearch: (value: string) => void;
  setThirdPartyKind: (value: string | null) => void;
  setThirdPartySort: (column: string) => void;
}

export interface ShellSlice {
  navbarOpen: boolean;
  toggleNavbar: () => void;
  /** Set by a form with unsaved changes, so navigation can ask before leaving. */
  dirtyForm: string | null;
  setDirtyForm: (name: string | null) => void;
}

type State = ActivityListSlice & ThirdPartyListSlice & ShellSlice;

const nextSort = (current: { column: string; direction: SortDirection }, column: string) =>
  current.column === column
    ? { column, direction: current.direction === 'asc' ? ('desc' as const) : ('asc' as const) }
    : { column, direction: 'asc' as const };

const activityList: StateCreator<State, [], [], ActivityListSlice> = (set) => ({
  activitySearch: '',
  activityStatus: 'all',
  activityFunction: null,
  activityBasis: null,
  activitySort: { column: 'name', direction: 'asc' },
  setActivitySearch: (activitySearch) => set({ activitySearch }),
  setActivityStatus: (activityStatus) => set({ activityStatus }),
  setActivityFunction: (activityFunction) => set({ activityFunction }),
  setActivityBasis: (activityBasis) => set({ activityBasis }),
  setActivitySort: (column) => set((s) => ({ activitySort: nextSort(s.activitySort, column) })),
  clearActivityFilters: () =>
    set({ activitySearch: '', activityStatus: 'all', activityFunction: null, activityBasis: null }),
});

const thirdPartyList: StateCreator<State, [], [], ThirdPartyListSlice> = (set) => ({
  thirdPartySearch: '',
  thirdPartyKind: null,
  thirdPartySort: { column: 'name', direction: 'asc' },
  setThirdPartySearch: (thirdPartySearch) => set({ thirdPartySearch }),
  setThirdPartyKind: (thirdPartyKind) => set({ thirdPartyKind }),
  setThirdPartySort: (column) =>
    set((s) => ({ thirdPartySort: nextSort(s.thirdPartySort, column) })),
});

const shell: StateCreator<State, [], [], ShellSlice> = (set) => ({
  navbarOpen: true,
  toggleNavbar: () => set((s) => ({ navbarOpen: !s.navbarOpen })),
  dirtyForm: null,
  setDirtyForm: (dirtyForm) => set({ dirtyForm }),
});

export const useUi = create<State>()((...a) => ({
  ...activityList(...a),
  ...thirdPartyList(...a),
  ...shell(...a),
}));
