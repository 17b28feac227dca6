/**
 * The shared workspace, when this build has a workspace store. Looked up with
 * import.meta.glob so the plan works (without the workspace artifacts) in builds
 * where the store does not exist, and never fails the plan when loading fails.
 */
import type { Workspace } from '../../../shared/workspace/types';

interface WorkspaceStoreLike {
  getState(): { load?: () => Promise<void>; workspace?: Workspace };
}

const modules = import.meta.glob<{ useWorkspaceStore?: WorkspaceStoreLike }>('../../stores/workspace-store.ts');

export async function loadWorkspace(): Promise<Workspace | undefined> {
  const loader = Object.values(modules)[0];
  if (!loader) return undefined;
  try {
    const store = (await loader()).useWorkspaceStore;
    if (!store) return undefined;
    await store.getState().load?.();
    return store.getState().workspace ?? undefined;
  } catch {
    return undefined;
  }
}
