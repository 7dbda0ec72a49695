import type { CorrectionRecord } from '../records';

/**
 * Credits the wiki once had wrong, kept so the contract test can prove they stay fixed: the wrong
 * pairing must not come back, and the right one must be on record. An audit of every pairing
 * against the research (Dec 2026) found this one wrong credit.
 */
export const corrections: CorrectionRecord[] = [
  {
    id: 'randeep-rai-as-aryan-kothari',
    date: '2026-12-01',
    wrong: { actor: 'randeep-rai', character: 'mohit' },
    right: { actor: 'randeep-rai', character: 'aryan-kothari' },
    summary:
      "Randeep Rai was listed as a separate character, Mohit. His one role was Aryan Kothari, who enters the story as Mohit (Mar 2025) and is revealed as Khyati's son Aryan (Apr 2025); the character dies around May 2025.",
    sources: [
      'https://www.sakshipost.com/news/ranndeep-r-rai-joining-anupamaa-saying-no-any-part-show-not-option-392617',
      'https://www.iwmbuzz.com/television/news/anupamaa-actor-randeep-rai-opens-up-on-choosing-negative-role-you-learn-new-things/2025/04/29',
      'https://www.hindustantimes.com/htcity/actor-randeep-rai-clarifies-that-his-role-in-the-television-daily-anupamaa-was-always-shortterm-101748237210999.html',
    ],
  },
  {
    id: 'aman-maheshwari-as-nakul',
    date: '2026-12-01',
    wrong: null,
    right: { actor: 'aman-maheshwari', character: 'nakul' },
    summary:
      "Aman Maheshwari was listed with his role unknown; he played Nakul, Malti Devi's star student (2023).",
    sources: [
      'https://www.mid-day.com/entertainment/television-news/article/anupamaa-actor-aman-maheshwari-on-working-with-rupali-ganguly-its-a-blessing-23291705',
    ],
  },
  {
    id: 'parakh-madan-as-diya',
    date: '2026-12-01',
    wrong: null,
    right: { actor: 'parakh-madan', character: 'diya' },
    summary: 'Parakh Madan was listed with her character unnamed; she played Diya (2024).',
    sources: [
      'https://www.iwmbuzz.com/television/celebrities/i-relate-totally-with-my-character-of-diya-in-anupamaa-parakh-madan/2024/03/23',
    ],
  },
  {
    id: 'mukund-kapahi-as-aryans-friend',
    date: '2026-12-01',
    wrong: null,
    right: { actor: 'mukund-kapahi', character: 'aryan-kothari-friend' },
    summary:
      "Mukund Kapahi was listed as only 'said to be joining'; he had entered by April 2025 as the friend of Mohit (Aryan Kothari).",
    sources: [
      'https://www.dnaindia.com/television/report-anupamaa-to-get-new-antagonist-yeh-rishta-kya-kehlata-hai-actor-mukund-kapahi-to-enter-rupali-ganguly-show-star-plus-jiohotstar-latest-episodes-3142596',
    ],
  },
];
