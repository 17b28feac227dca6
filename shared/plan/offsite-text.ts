/** The warning when items this laptop's user confirmed at the offsite were removed from the shared workspace. */
export function removedText(n: number): string {
  return `${n === 1 ? '1 item' : `${n} items`} you confirmed at the offsite ${n === 1 ? 'is' : 'are'} no longer in the shared workspace: restore ${n === 1 ? 'it' : 'them'} from Versions before sharing this plan.`;
}
