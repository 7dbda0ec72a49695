/**
 * Every leap (time jump) of the show, in air-date order: the one list the home page, the leap
 * pages, the chart's markers, the timeline's "Leap" filter and its change log all read.
 */
import type { LeapRecord } from '../records';

export const leaps: LeapRecord[] = [
  {
    id: 'leap-2023',
    label: 'Leap of about five years',
    aired: '2023-12',
    airedNote: null,
    duration: 'about five years, though some outlets put it at four',
    summary:
      "Following Samar's death, Anupamaa and Anuj have divorced. Anupamaa now lives on her own, has lost her mother and eventually leaves for America. Choti Anu has become Aadhya, now played by an older actor new to the part, and both Dimpy and Kavya now have children.",
    confidence: 'high',
    dispute: {
      summary:
        "Outlets disagree on the length: some call it a four-year jump, others a five-year one, and a few put it at 'four to five years'.",
      sources: [
        'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
        'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twist-anu-to-do-the-unimaginable-for-ex-husband-anuj-devika-to-give-her-strength-entertainment-news-2758637/',
        'https://www.tellychakkar.com/tv/tv-news/what-anupamaa-and-anuj-shift-base-will-live-abroad-star-plus-anupamaa-231127',
        'https://www.pinkvilla.com/tv/news/exclusive-aurra-bhatnagar-aka-aadhya-reveals-being-star-struck-seeing-rupali-ganguly-at-anupamaa-sets-1267600',
        'https://www.lokmattimes.com/entertainment/alpana-buch-calls-anupamaa-set-as-her-second-home/',
      ],
    },
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twist-anu-to-do-the-unimaginable-for-ex-husband-anuj-devika-to-give-her-strength-entertainment-news-2758637/',
      'https://www.tellychakkar.com/tv/tv-news/what-anupamaa-and-anuj-shift-base-will-live-abroad-star-plus-anupamaa-231127',
      'https://www.dnaindia.com/television/report-was-not-comfortable-muskan-bamne-aka-pakhi-breaks-silence-on-quitting-anupamaa-after-3-years-3072657',
      'https://attentionindia.com/entertainment/television/new-girl-in-anupamaa-will-the-imlie-actress-take-over-as-pakhi-in-rupali-gangulys-show/',
      'https://www.lokmattimes.com/entertainment/alpana-buch-calls-anupamaa-set-as-her-second-home/',
      'https://www.pinkvilla.com/tv/news/exclusive-sukirti-kandpal-on-joining-anupamaa-it-feels-like-a-sense-of-responsibility-1269182?amp',
    ],
  },
  {
    id: 'leap-2024-6-month',
    label: 'Six-month leap',
    aired: '2024',
    airedNote: 'mid-2024; the exact month is not known',
    duration: 'roughly six months',
    summary:
      'A brief time jump. Afterwards Anuj has been told by Ankush and Barkha that Aadhya is dead and believes it, Anupamaa is running a shelter named Asha Bhavan, and Kavya is seen modelling in the US.',
    confidence: 'low',
    dispute: null,
    sources: [
      'https://adani.news/twist-coming-in-anupama-serial-is-mothers-love-story-true',
      'https://digitalgabbar.com/hindi/tv/anu-anuj-hope-aadhya-is-alive-have-ankush-barkha-hidden-her',
      'https://pkwp184.prabhatkhabar.com/entertainment/anupama-fame-apara-mehta-aka-guru-maa-playing-yogini-kapila-role-in-nia-sharma-serial-suhagan-chudail/amp?src=android',
      'https://www.lokmattimes.com/entertainment/madalsa-sharma-aka-kavya-from-anupamaa-opens-up-about-leaving-the-show-and-her-bond-with-rajan-shahi-rupali-ganguly-a510/',
    ],
  },
  {
    id: 'leap-2024-15-year',
    label: 'Fifteen-year generation leap',
    aired: '2024-10',
    airedNote: null,
    duration: '15 years, moving the story on by a generation',
    summary:
      'Just before this jump, Dimpy dies in a fire for which Aadhya is blamed. The bulk of the older supporting cast then leaves, and the focus moves to the adult Aadhya, now called Raahi, to Prem Kothari and to the grandchildren of the Shah family.',
    confidence: 'high',
    dispute: null,
    sources: [
      'https://www.mid-day.com/entertainment/television-news/article/gaurav-khanna-quits-anupamaa-reacts-to-rumours-of-rift-with-rupali-ganguly-23439744',
      'https://www.jansatta.com/entertainment/anupamaa-leap-promo-watch-shah-family-out-from-asha-bhavan-news-stars-enter-in-show-see-fans-reaction/3618638',
      'https://www.pratidintime.com/entertainment/smriti-irani-rumoured-to-make-tv-comeback-after-15-years-with-anupamaa',
      'https://prabhatkhabar.com/entertainment/anupama-alisha-praveen-aka-rahi-exit-from-rupali-ganguly-show-in-2-months-says-i-am-quitting/amp',
      'https://stage.prabhatkhabar.com/entertainment/anupama-titu-aka-kunwar-amar-reacts-on-quitting-show-and-rajan-shahi-reaction-says-mai-gaya-unke-pass-or/amp',
      'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
      'https://www.lokmattimes.com/entertainment/rupali-gangulys-onscreen-son-manish-nagdev-spends-a-lot-of-time-understanding-toshus-arc/',
    ],
  },
  {
    id: 'leap-2025-mumbai',
    label: 'Eight-month leap to Mumbai',
    aired: '2025-05',
    airedNote: 'promoted in late May 2025; the day it aired is not known',
    duration: 'eight months, according to one report',
    summary:
      "After Aryan's death and Raghav's exit, a short time jump was promoted in late May 2025. Raahi and the Shah and Kothari families blame Anupamaa for Aryan's death, so she leaves them and starts over alone in Mumbai; the promo shows her on a Mumbai local train, missing Raahi.",
    confidence: 'medium',
    dispute: null,
    sources: [
      'https://stage.prabhatkhabar.com/entertainment/anupama-raghav-aka-manish-goel-exit-from-show-saya-kuch-goodbye-bahut/amp',
      'https://www.serialgossip.com/after-randeep-rai-manish-goel-aka-raghav-to-leave-star-pluss-show-anupamaa-113525-a',
      'https://www.newsnationtv.com/webstories/entertainment/tv-serial-anupamaa-upcoming-episode-raghav-aka-manish-goel-left-show-before-leap-9302299',
      'https://news4u36.in/manish-goel-quit-anupama/',
      'https://www.newsnmf.com/entertainment/anupama-twist-anuj-will-return-after-so-many-months-rahi-will-be-heartbroken-after-seeing-her-father',
    ],
  },
  {
    id: 'leap-2026-goa',
    label: 'Goa chapter (2026)',
    aired: '2026-03',
    airedNote: null,
    duration: null,
    summary:
      "After Prarthana's death, Anupamaa moves to Goa with Prarthana's little daughter and sells thepla and dhokla on the beach, and Sachin Tyagi's character enters alongside her. Two outlets call it a big leap; none gives how much time it skips.",
    confidence: 'low',
    dispute: null,
    sources: [
      'https://zeenews.india.com/hindi/entertainment/television/anupamaa-tv-show-leap-sachin-entry-in-show-rupali-ganguly-break-silence-chahe-jo-bhi-ho-jaye/3138272',
      'https://www.bollywoodlife.com/hi/tv/anupama-yekkh-star-sachin-tyagi-reacts-on-working-in-rupali-ganguly-show-3325094/',
      'https://www.abplive.com/entertainment/bollywood/sachin-tyagi-joining-anupamaa-said-audience-will-truly-enjoy-3098708',
      'https://www.navarashtra.com/movies/bollywood/new-twist-in-star-plus-popular-anupama-sachin-tyagi-makes-a-grand-entry-1165225.html',
      'https://www.freepressjournal.in/entertainment/anupamaa-sheersha-tiwari-calls-prarthnas-death-heartbreaking-reveals-why-makers-ended-her-character',
      'https://m-hindi.webdunia.com/bollywood-gossip/star-plus-show-anupamaa-leap-twist-rupali-ganguly-reveals-goa-new-track-126031200023_1.html',
      'https://www.navarashtra.com/movies/bollywood/anupama-serial-leap-goa-new-journey-rupali-ganguly-sachin-tyagi-entry-star-plus-1170035.html',
    ],
  },
];
