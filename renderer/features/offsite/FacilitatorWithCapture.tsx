import FacilitatorPage from './FacilitatorPage';
import { CapturePanel } from './capture/CapturePanel';

/** The facilitator view with the capture panel beside the current block: what the pair agrees is written as they agree it. */
export default function FacilitatorWithCapture() {
  return <FacilitatorPage capture={(block, blocks, since) => <CapturePanel key={block.id} block={block} blocks={blocks} since={since} />} />;
}
