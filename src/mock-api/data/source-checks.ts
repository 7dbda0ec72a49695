import type { DisputeCheckRecord, UrlCheckRecord } from '../records';

/**
 * Every source cited for a dispute, read against a stored copy of the article (Dec 2026). The
 * contract test fails on a dispute source with no check here, or one that does not support it.
 */
export const disputeChecks: DisputeCheckRecord[] = [
  {
    record: 'sanjay-dhamecha',
    url: 'https://bollywoodhush.com/actor-paresh-bhatt-shares-insights-into-the-television-serial-anupamaa/',
    verdict: 'supports',
    note: "Says he 'is currently seen as Sanjay Patel'.",
    checked: '2026-12-01',
  },
  {
    record: 'kavya-shah',
    url: 'https://blamglam.com/anupama',
    verdict: 'not-found',
    note: 'The address looks cut off (see the URL checks); no stored copy at it was found.',
    checked: '2026-12-01',
  },
  {
    record: 'anuj-kapadia',
    url: 'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
    verdict: 'supports',
    note: 'Its headline calls Anuj a school friend.',
    checked: '2026-12-01',
  },
  {
    record: 'anuj-kapadia',
    url: 'https://www.pinkvilla.com/tv/news-gossip/anupamaa-gaurav-khanna-shares-bts-pics-rupali-ganguly-they-get-decked-traditional-wear-884942',
    verdict: 'supports',
    note: "Calls Anuj 'a former batchmate' of Anupamaa, met at her college reunion.",
    checked: '2026-12-01',
  },
  {
    record: 'leela-shah--alpana-buch',
    url: 'https://www.pratidintime.com/entertainment/smriti-irani-rumoured-to-make-tv-comeback-after-15-years-with-anupamaa',
    verdict: 'supports',
    note: 'Lists Arvind Vaidya and Alpana Buch among nine actors who exited at the 15-year leap.',
    checked: '2026-12-01',
  },
  {
    record: 'hasmukh-shah--arvind-vaidya',
    url: 'https://www.pratidintime.com/entertainment/smriti-irani-rumoured-to-make-tv-comeback-after-15-years-with-anupamaa',
    verdict: 'supports',
    note: 'Lists Arvind Vaidya and Alpana Buch among nine actors who exited at the 15-year leap.',
    checked: '2026-12-01',
  },
  {
    record: 'hasmukh-shah--arvind-vaidya',
    url: 'https://prabhatkhabar.com/entertainment/anupama-father-in-law-bapuji-aka-arvind-vaidya-quit-rupali-ganguly-show-says-agar-mujhe-agle-kuch-dino-mai-shocking-reason-slt?src=android',
    verdict: 'not-found',
    note: 'Stored copies found about his absences are from mid-2023 (a US holiday), not the 2024 leap.',
    checked: '2026-12-01',
  },
  {
    record: 'paritosh-shah--manish-naggdev',
    url: 'https://www.lokmattimes.com/entertainment/rupali-gangulys-onscreen-son-manish-nagdev-spends-a-lot-of-time-understanding-toshus-arc/',
    verdict: 'supports',
    note: "Quotes him: 'this is the third time Toshu is being replaced'.",
    checked: '2026-12-01',
  },
  {
    record: 'samar-shah--paras-kalnawat',
    url: 'https://www.news18.com/news/movies/anupamaa-makers-terminate-paras-kalnawats-contract-actor-says-my-character-was-not-growing-5632105.html',
    verdict: 'supports',
    note: "Gives both sides: the makers' breach-of-contract statement and his 'I hadn't signed Jhalak'.",
    checked: '2026-12-01',
  },
  {
    record: 'samar-shah--paras-kalnawat',
    url: 'https://indianexpress.com/article/entertainment/television/paras-kalnawat-anupamaa-exit-jhalak-dikhhla-jaa-10-co-stars-react-8056390/',
    verdict: 'not-found',
    note: 'A sister article of 26 Jul 2022 (8053372) carries his "I did inform the production".',
    checked: '2026-12-01',
  },
  {
    record: 'samar-shah--paras-kalnawat',
    url: 'https://www.filmibeat.com/amphtml/television/news/2022/anupamaa-makers-terminate-paras-kalnawat-s-contract-for-signing-another-show-on-rival-channel-338337.html',
    verdict: 'not-found',
    note: null,
    checked: '2026-12-01',
  },
  {
    record: 'kinjal-shah--nidhi-shah',
    url: 'https://editorji.com/amp/hindi/entertainment-news/tv/kinjal-shah-aka-nidhi-shah-walked-out-of-anupamaa-show-said-there-is-not-much-scope-for-the-character-now-1700727627234',
    verdict: 'supports',
    note: 'Nov 2023: she confirms she is out of the show.',
    checked: '2026-12-01',
  },
  {
    record: 'kinjal-shah--nidhi-shah',
    url: 'https://www.bollywoodlife.com/tv/anupamaa-real-reason-why-nidhi-shah-aka-kinjal-is-leaving-rupali-ganguly-show-exclusive-entertainment-news-tv-serial-gossip-2107450/',
    verdict: 'does-not-support',
    note: 'It is about exit talk in June 2022, not her Nov 2023 announcement and Dec 2023 return: moved from the dispute to the stint sources.',
    checked: '2026-12-01',
  },
  {
    record: 'aadhya-kapadia--alisha-parveen',
    url: 'https://www.latestly.com/entertainment/tv/anupamaa-alisha-parveen-shares-frustration-over-sudden-exit-from-rupali-gangulys-show-says-dont-know-why-this-happened-6507621.html',
    verdict: 'supports',
    note: "Carries both her 'I didn't quit' post and 'Yes, I am quitting the show' (to India Forums).",
    checked: '2026-12-01',
  },
  {
    record: 'aadhya-kapadia--alisha-parveen',
    url: 'https://zeenews.india.com/people/anupamaa-actress-alisha-parveen-aka-raahi-talks-about-rupali-ganguly-being-the-reason-behind-her-sudden-replacement-maybe-yes-2834827.html',
    verdict: 'not-found',
    note: null,
    checked: '2026-12-01',
  },
  {
    record: 'aadhya-kapadia--alisha-parveen',
    url: 'https://viralchai.live/?p=2088',
    verdict: 'not-found',
    note: null,
    checked: '2026-12-01',
  },
  {
    record: 'pari-shah--ishita-dixit',
    url: 'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
    verdict: 'not-found',
    note: null,
    checked: '2026-12-01',
  },
  {
    record: 'pari-shah--ishita-dixit',
    url: 'https://www.freepressjournal.in/entertainment/fake-smriti-irani-shuts-down-rumours-of-tv-comeback-with-rupali-gangulys-anupamaa-after-15-year-hiatus',
    verdict: 'supports',
    note: "Its list of new post-leap faces includes 'Ishita Modi'.",
    checked: '2026-12-01',
  },
];

/**
 * Source URLs that look cut off (a long slug ending mid-word, or a bare path), and what a search
 * of stored copies found. `whole`: a stored copy sits at exactly that address. `cut-off`: none
 * found; the source is kept, as the only record of where the report was, and read with care.
 */
export const urlChecks: UrlCheckRecord[] = [
  {
    url: 'https://khaboreprakash.com/2023/07/29/anupamaa-new-entry-kulfi-kumar-bajewala-fame-viraaj-kapoor-joins-show-as-ankush-illegitimate-son-anupamaa-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%b9%e0%a5%8b-%e0%a4%b0%e0%a4%b9%e0%a5%80-%e0%a4%8f',
    verdict: 'whole',
    note: "A stored copy (29 Jul 2023, on the young Malti Devi, Anuj's father and Romil) sits at this exact address.",
    checked: '2026-12-01',
  },
  {
    url: 'https://techohunt.com/anupama-%e0%a4%b2%e0%a5%80%e0%a4%aa-%e0%a4%95%e0%a5%87-%e0%a4%ac%e0%a4%be%e0%a4%a6-%e0%a4%b6%e0%a5%8b-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%87%e0%a4%b8-%e0%a4%b6%e0%a4%96%e0%a5%8d%e0%a4%b8-%e0%a4%a8',
    verdict: 'whole',
    note: "A stored copy of the article (Rohit Bakshi on Ankush's return) sits at this exact address: the slug was cut by the site itself and still resolves.",
    checked: '2026-12-01',
  },
  {
    url: 'https://morning-newspaper.in/%E0%A4%85%E0%A4%A8%E0%A5%81%E0%A4%AA%E0%A4%AE%E0%A4%BE%E0%A4%82-%E0%A4%B0%E0%A5%81%E0%A4%AA%E0%A4%BE%E0%A4%B2%E0%A5%80-%E0%A4%97%E0%A4%BE%E0%A4%82%E0%A4%97%E0%A5%81%E0%A4%B2%E0%A5%80-%E0%A4%B8/',
    verdict: 'whole',
    note: 'A stored copy (Amar Ujala, 16 Jul 2021) sits at this exact address.',
    checked: '2026-12-01',
  },
  {
    url: 'https://updatetimes.in/anupama%e0%a4%85%e0%a4%ac-%e0%a4%a4%e0%a5%8b%e0%a4%b7%e0%a5%81-%e0%a4%95%e0%a5%87-%e0%a4%ac%e0%a4%be%e0%a4%a6-%e0%a4%87%e0%a4%b8-%e0%a4%95%e0%a4%bf%e0%a4%b0%e0%a4%a6%e0%a4%be%e0%a4%b0-%e0%a4%a8',
    verdict: 'cut-off',
    note: "The slug stops mid-word at WordPress's 200-character limit and no stored copy was found; Diya (Parakh Madan) is also sourced to IWMBuzz.",
    checked: '2026-12-01',
  },
  {
    url: 'https://naradnews.com/अनुपमा-के-कुँवर-अमर-ने-रूप',
    verdict: 'cut-off',
    note: 'The slug stops mid-word and no stored copy was found.',
    checked: '2026-12-01',
  },
  {
    url: 'https://blamglam.com/anupama',
    verdict: 'cut-off',
    note: 'A bare path; a stored BlamGlam page exists at /anupama-rupali-ganguly-did-welcome-gorav-khanna, but nothing shows it is the article meant.',
    checked: '2026-12-01',
  },
];
