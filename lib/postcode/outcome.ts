// What a postcode search on /mps comes to, for the page, its downloads and the notice that explains it.

/** A seat we hold, for one boundary period. */
export type HeldSeat = { id: number; parliamentId: number | null; name: string; validFrom: string; validTo: string | null };

export type PostcodeOutcome =
  | { kind: 'invalid'; input: string }
  /** The service's seat is one we hold; `boundariesChanged` when we hold it only on pre-2024 boundaries. */
  | { kind: 'found'; postcode: string; seatName: string; seats: HeldSeat[]; boundariesChanged: boolean }
  | { kind: 'seat_not_held'; postcode: string; seatName: string; nearest: HeldSeat[] }
  | { kind: 'not_found'; postcode: string }
  | { kind: 'unavailable'; postcode: string };
