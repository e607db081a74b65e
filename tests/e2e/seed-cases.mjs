// A realistic device full of cases, for the speed benchmark and the Lighthouse
// case page: `storedState(count)` is the `disputa.state` envelope that the app
// keeps in localStorage, with `count` valid cases spread over every stage
// (waiting for shipment, in transit, marked delivered, a problem before the
// dispute, dispute, claim, refund on its way, cancelled, free return,
// finished), their dates relative to today so that deadlines fall before,
// on and after it. The same count gives the same cases (a seeded generator),
// apart from the dates, which follow today.

/** The localStorage key of the app's state. */
export const STATE_KEY = 'disputa.state';

const DAY = 24 * 60 * 60 * 1000;

/** Today's local calendar date at midnight UTC, so day arithmetic is exact. */
function localToday() {
  const now = new Date();
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A small deterministic generator (mulberry32). */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    /** A whole number from `lo` to `hi`, both included. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// Store and item names as AliExpress shows them: often one long word with no
// space to break at, which a narrow screen must still fit.
const STORES = [
  'Shop1102345678StoreOfficialGlobalFlagshipElectronicsOutletDirect',
  'Shop1103987654StoreHomeDecoLightingFactoryWholesaleOnlineMall',
  'XIAOMIGlobalOfficialFlagshipStoreAuthorizedDistributorEurope',
  'TiendaSolOficialDeElectrónicaYAccesoriosParaMóvilesEnvíoRápido',
  'Shop912233445StoreBrightLightsCoLEDStripsAndLampsFactoryOutlet',
  'CableFactoryOfficialStoreUSBTypeCLightningFastChargeDataCables',
];
const ITEMS = ['Bluetooth speaker', 'USB-C cable, 2 m', 'Desk lamp', 'Smart watch', 'Phone case', 'Funda de móvil', 'Rain jacket', 'Auriculares inalámbricos', 'LED strip, 5 m', 'Kitchen scale'];
const LONG_ITEMS = [
  '2026NewTWSBluetooth5.4EarphonesWirelessHeadphonesHiFiStereoSportsEarbudsWithMic',
  'FundaDeSiliconaLíquidaParaIPhone15ProMaxCarcasaProtectoraAntigolpesMagnética',
];
const PLACES = [
  ['ES', 'EUR'], ['GB', 'GBP'], ['MX', 'MXN'], ['US', 'USD'], ['DE', 'EUR'], ['FR', 'EUR'], ['CL', 'CLP'], ['AR', 'ARS'],
];
const PAYMENTS = ['card', 'card', 'card', 'paypal', 'alipay_balance', 'bank_transfer', 'other'];
const RECEIVED_PROBLEMS = ['not_as_described', 'quality', 'counterfeit', 'damaged', 'wrong_quantity', 'wrong_delivery_method'];
const CHANGE_OF_MIND = ['ordered_by_mistake', 'cheaper_elsewhere', 'no_longer_needed'];
const EVIDENCE = ['photo', 'video', 'screenshot', 'chat'];
const STAGES = [
  'awaiting_shipment', 'in_transit', 'late_in_transit', 'marked_delivered', 'problem', 'change_of_mind',
  'dispute', 'claim', 'decided', 'refund_made', 'cancelled', 'free_return',
];

/** One case of `stage`, every date on or before `today` and in the order the rules ask for. */
function makeCase(index, stage, today, rnd) {
  const [country, currency] = rnd.pick(PLACES);
  const day = (daysAgo) => iso(today - daysAgo * DAY);
  const c = {
    format: 'disputa.case',
    version: 1,
    id: `bench-${String(index).padStart(4, '0')}`,
    order_number: String(8100000000000000 + index * 7919),
    store: rnd.pick(STORES),
    item: `${rnd.pick(ITEMS)} #${index + 1}`,
    price: { amount: `${rnd.int(1, 240)}.${String(rnd.int(0, 99)).padStart(2, '0')}`, currency },
    payment_method: rnd.pick(PAYMENTS),
    country,
    ordered_on: null,
    shipped_on: null,
    processing_days: rnd.int(3, 10),
    promised_delivery_days: rnd.int(15, 60),
    protection_ends_on: null,
    delivery_status: 'awaiting_shipment',
    delivered_on: null,
    receipt_confirmed_on: null,
    cancelled_on: null,
    problem: null,
    item_unused: null,
    contacted_seller_on: null,
    dispute: null,
    return: null,
    refund: null,
    evidence: [],
    notes: null,
  };
  // Every other item is named the AliExpress way too.
  if (index % 2 === 0) c.item = `${LONG_ITEMS[(index / 2) % LONG_ITEMS.length]}${index + 1}`;
  // Days before today of each event, counted back from the latest one.
  const ordered = rnd.int(30, 120);
  const shipped = ordered - rnd.int(1, 6);
  const delivered = Math.max(0, shipped - rnd.int(8, 25));
  const received = () => {
    c.ordered_on = day(ordered);
    c.shipped_on = day(shipped);
    c.delivery_status = 'received';
    c.delivered_on = day(delivered);
  };
  const dispute = (openedAgo) => {
    c.problem = rnd.pick(RECEIVED_PROBLEMS);
    c.item_unused = rnd.chance(0.6);
    c.contacted_seller_on = day(Math.min(delivered, openedAgo + 1));
    c.evidence = [{ kind: rnd.pick(EVIDENCE), note: 'as it arrived', captured_on: day(delivered) }];
    c.dispute = { opened_on: day(openedAgo), seller_responded_on: null, escalated_on: null, closed_on: null, outcome: null };
  };
  switch (stage) {
    case 'awaiting_shipment':
      c.ordered_on = day(rnd.int(0, 14));
      break;
    case 'in_transit':
    case 'late_in_transit': {
      const shippedAgo = stage === 'in_transit' ? rnd.int(2, 40) : rnd.int(50, 90);
      c.ordered_on = day(shippedAgo + rnd.int(1, 5));
      c.shipped_on = day(shippedAgo);
      c.delivery_status = 'in_transit';
      if (stage === 'late_in_transit') c.problem = 'not_received';
      break;
    }
    case 'marked_delivered': {
      const markedAgo = rnd.int(0, 6);
      const shippedAgo = markedAgo + rnd.int(10, 30);
      c.ordered_on = day(shippedAgo + 2);
      c.shipped_on = day(shippedAgo);
      c.delivery_status = 'marked_delivered';
      c.delivered_on = day(markedAgo);
      c.problem = 'not_received';
      break;
    }
    case 'problem':
      received();
      c.problem = rnd.pick(RECEIVED_PROBLEMS);
      c.item_unused = rnd.chance(0.5);
      if (rnd.chance(0.5)) c.contacted_seller_on = day(delivered);
      break;
    case 'change_of_mind':
      received();
      c.problem = rnd.pick(CHANGE_OF_MIND);
      c.item_unused = true;
      break;
    case 'dispute': {
      received();
      const opened = Math.min(delivered, rnd.int(0, 14));
      dispute(opened);
      if (rnd.chance(0.4)) c.dispute.seller_responded_on = day(Math.min(opened, delivered));
      break;
    }
    case 'claim': {
      received();
      const opened = Math.min(delivered, rnd.int(16, 25));
      dispute(opened);
      c.dispute.escalated_on = day(Math.max(0, opened - 15));
      break;
    }
    case 'decided':
    case 'refund_made': {
      received();
      const opened = Math.min(delivered, rnd.int(8, 30));
      dispute(opened);
      const closed = Math.max(0, opened - rnd.int(3, 7));
      c.dispute.closed_on = day(closed);
      c.dispute.outcome = rnd.pick(['full_refund', 'partial_refund', 'return_and_refund']);
      c.refund = {
        stage: stage === 'refund_made' ? 'refunded' : rnd.pick(['waiting', 'processing']),
        amount: c.dispute.outcome === 'partial_refund' ? '5.00' : c.price.amount,
        updated_on: day(Math.max(0, closed - rnd.int(0, 3))),
      };
      break;
    }
    case 'cancelled': {
      const orderedAgo = rnd.int(2, 40);
      c.ordered_on = day(orderedAgo);
      c.cancelled_on = day(orderedAgo - 1);
      c.refund = { stage: rnd.pick(['waiting', 'processing', 'refunded']), amount: null, updated_on: day(Math.max(0, orderedAgo - 2)) };
      break;
    }
    case 'free_return': {
      received();
      c.problem = rnd.pick(CHANGE_OF_MIND);
      c.item_unused = true;
      const returned = Math.max(0, delivered - rnd.int(1, 10));
      c.return = { free_return: true, shipped_on: day(returned), tracking: `LP00${index}CN` };
      c.refund = { stage: 'waiting', amount: null, updated_on: null };
      break;
    }
    default:
      throw new Error(`no such stage ${stage}`);
  }
  // Created the day it was ordered, changed on the day of its latest event,
  // a second apart so that the order among equals is stable.
  const latest = [c.ordered_on, c.shipped_on, c.delivered_on, c.cancelled_on, c.contacted_seller_on,
    c.dispute?.opened_on, c.dispute?.seller_responded_on, c.dispute?.escalated_on, c.dispute?.closed_on,
    c.return?.shipped_on, c.refund?.updated_on].filter(Boolean).sort().at(-1);
  c.created_at = `${c.ordered_on}T08:00:00.000Z`;
  c.updated_at = new Date(Date.parse(`${latest}T08:00:00.000Z`) + index * 1000).toISOString();
  return c;
}

/** The cases themselves. */
export function benchCases(count, today = localToday()) {
  const rnd = generator(count);
  return Array.from({ length: count }, (_, index) => makeCase(index, STAGES[index % STAGES.length], today, rnd));
}

/** The envelope the app stores under `disputa.state`, as text, with the language set. */
export function storedState(count, lang = 'en') {
  return JSON.stringify({
    format: 'disputa.state',
    version: 1,
    revision: 1,
    saved_at: new Date().toISOString(),
    cases: benchCases(count),
    settings: { language: lang },
  });
}
