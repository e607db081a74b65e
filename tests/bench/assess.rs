//! Assesses 100,000 deterministic pseudo-random cases and prints the time
//! per case. Run with `cargo bench --bench assess`.

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use std::hint::black_box;
    use std::time::Instant;

    use chrono::{Days, NaiveDate};
    use disputa::domain::{
        assess, Case, DeliveryStatus, Dispute, Evidence, EvidenceKind, Outcome, PaymentMethod,
        Policy, Problem,
    };

    const CASES: usize = 100_000;

    /// xorshift64*: a small deterministic generator, so every run assesses
    /// the same cases.
    struct Random(u64);

    impl Random {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }

        fn pick<T: Copy>(&mut self, items: &[T]) -> T {
            items[self.below(items.len() as u64) as usize]
        }

        fn maybe(&mut self) -> bool {
            self.below(2) == 0
        }
    }

    fn plus(date: NaiveDate, days: u64) -> NaiveDate {
        date + Days::new(days)
    }

    fn generate(random: &mut Random, index: usize) -> Case {
        let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        let ordered = plus(start, random.below(600));
        let mut case = Case::new(format!("bench-{index}"));
        case.ordered_on = Some(ordered);
        case.delivery_status = random.pick(DeliveryStatus::ALL);
        case.problem = random.maybe().then(|| random.pick(Problem::ALL));
        case.payment_method = Some(random.pick(PaymentMethod::ALL));
        case.country = Some(
            random
                .pick(&["ES", "US", "FR", "GB", "SE", "BR"])
                .to_string(),
        );
        case.item_unused = Some(random.maybe());
        case.free_return_offered = Some(random.maybe());
        case.processing_days = Some(random.below(10) as u32 + 1);
        if case.delivery_status != DeliveryStatus::AwaitingShipment {
            let shipped = plus(ordered, random.below(10));
            case.shipped_on = Some(shipped);
            if random.maybe() {
                case.promised_delivery_days = Some(random.below(60) as u32 + 15);
            }
            if case.delivery_status != DeliveryStatus::InTransit {
                let delivered = plus(shipped, random.below(60) + 1);
                case.delivered_on = Some(delivered);
                if random.below(4) == 0 {
                    let opened = plus(delivered, random.below(10));
                    let closed = (random.maybe()).then(|| plus(opened, random.below(30)));
                    case.dispute = Some(Dispute {
                        opened_on: Some(opened),
                        closed_on: closed,
                        outcome: closed.map(|_| random.pick(Outcome::ALL)),
                        ..Dispute::default()
                    });
                }
            }
        }
        if random.maybe() {
            case.evidence.push(Evidence {
                kind: random.pick(EvidenceKind::ALL),
                note: None,
                captured_on: None,
            });
        }
        case
    }

    pub fn main() {
        let mut random = Random(0x9E37_79B9_7F4A_7C15);
        let cases: Vec<Case> = (0..CASES).map(|i| generate(&mut random, i)).collect();
        let todays: Vec<NaiveDate> = (0..CASES)
            .map(|_| {
                plus(
                    NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
                    random.below(800),
                )
            })
            .collect();
        let policy = Policy::default();
        // Warm up caches and the allocator before timing.
        for (case, today) in cases.iter().zip(&todays).take(1_000) {
            black_box(assess(case, &policy, *today));
        }
        let started = Instant::now();
        for (case, today) in cases.iter().zip(&todays) {
            black_box(assess(black_box(case), &policy, *today));
        }
        let elapsed = started.elapsed();
        let per_case = elapsed.as_nanos() as f64 / CASES as f64;
        println!(
            "assess: {CASES} cases in {:.1} ms, {per_case:.0} ns per case",
            elapsed.as_secs_f64() * 1000.0
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    bench::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
