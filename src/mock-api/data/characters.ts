import type { CharacterRecord } from '../records';

export const characters: CharacterRecord[] = [
  {
    id: 'anupamaa',
    name: 'Anupamaa',
    otherNames: ['Anupamaa Joshi', 'Anupamaa Shah', 'Anupamaa Kapadia'],
    nicknames: ['Anu', 'Anupama'],
    household: 'shah',
    lead: true,
    description:
      "Anupamaa is the show's title character, a self-effacing Gujarati homemaker. When she learns that her husband is having an affair, she leaves him and makes an independent life as a dancer, a teacher and a cook. Through each of the later leaps she suffers fresh losses and starts over again.",
    status: 'Alive, and the lead in every phase of the show as of March 2026.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'ex-spouse',
        character: 'vanraj-shah',
      },
      {
        type: 'ex-spouse',
        character: 'anuj-kapadia',
      },
      {
        type: 'child',
        character: 'paritosh-shah',
      },
      {
        type: 'child',
        character: 'samar-shah',
      },
      {
        type: 'child',
        character: 'pakhi-shah',
      },
      {
        type: 'adoptive-child',
        character: 'aadhya-kapadia',
      },
      {
        type: 'parent',
        character: 'kanta-joshi',
      },
      {
        type: 'sibling',
        character: 'bhavesh-joshi',
      },
      {
        type: 'former-parent-in-law',
        character: 'leela-shah',
      },
      {
        type: 'former-parent-in-law',
        character: 'hasmukh-shah',
      },
      {
        type: 'friend',
        character: 'devika',
      },
    ],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
      'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
      'https://www.indiatvnews.com/entertainment/celebrities/madhavi-gogate-passes-away-anupumaa-co-stars-mourn-demise-of-veteran-marathi-actress-746125',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
    ],
  },
  {
    id: 'vanraj-shah',
    name: 'Vanraj Shah',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: true,
    description:
      "Anupamaa's first husband, Vanraj is a proud family man with a quick temper. His affair with Kavya, a co-worker, ends the marriage. In later years he becomes rich and gradually mellows.",
    status:
      'Written out when the actor quit in August 2024; the role was not recast and his exit was left open.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'ex-spouse',
        character: 'anupamaa',
      },
      {
        type: 'spouse',
        character: 'kavya-shah',
      },
      {
        type: 'parent',
        character: 'leela-shah',
      },
      {
        type: 'parent',
        character: 'hasmukh-shah',
      },
      {
        type: 'sibling',
        character: 'dolly',
      },
      {
        type: 'child',
        character: 'paritosh-shah',
      },
      {
        type: 'child',
        character: 'samar-shah',
      },
      {
        type: 'child',
        character: 'pakhi-shah',
      },
    ],
    sources: [
      'https://downtownmirror.in/from-vanraj-to-bapuji-commemorating-fathers-day-with-the-endearing-anupamaa-characters/',
      'https://blamglam.com/anupama',
      'https://www.mid-day.com/entertainment/television-news/article/sudhanshu-pandey-vanraj-quits-anupamaa-rupali-ganguly-gaurav-khanna-23382383',
      'https://www.justshowbiz.net/madalsa-sharma-and-sudhanshu-pandeys-exit-will-affect-anupamas-rating/',
    ],
  },
  {
    id: 'kavya-shah',
    name: 'Kavya Shah',
    otherNames: ['Kavya Gandhi', 'Kavya Zaveri'],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Kavya is an ambitious woman from Vanraj's workplace who later becomes his second wife. Introduced as the 'other woman', she is slowly rewritten into a more independent and sympathetic character. Her story ends with her being sent abroad to pursue modelling.",
    status:
      'Written out in September 2024, when the actor quit; in the story she moves to the US to model.',
    note: null,
    dispute: {
      summary:
        'Her surname is given as Gandhi, taken from her first husband Anirudh, but one report names her Zaveri (also written Jhaveri).',
      sources: ['https://blamglam.com/anupama'],
    },
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'vanraj-shah',
      },
      {
        type: 'ex-spouse',
        character: 'anirudh-gandhi',
      },
      {
        type: 'child',
        character: 'maahi',
      },
    ],
    sources: [
      'https://blamglam.com/anupama',
      'https://hindi.asianetnews.com/gallery/tv-news/anupamaa-star-kavya-aka-madalsa-sharma-father-in-law-mithun-chakraborty-surprise-visit-on-sets-kpj-qvecbu',
      'https://tellyupdates.com/madalsa-sharma-exits-anupamaa-kavyas-departure-sparks-new-beginnings-for-the-star-and-the-show/amp',
      'https://www.bollywoodlife.com/tv/anupamaa-fame-madalsa-sharma-reacts-to-kavya-facing-criticism-for-staying-with-vanraj-instead-of-daughter-maahi-exclusive-entertainment-news-2768393/',
    ],
  },
  {
    id: 'leela-shah',
    name: 'Leela Shah',
    otherNames: [],
    nicknames: ['Baa'],
    household: 'shah',
    lead: false,
    description:
      "Leela, known as Baa, is Vanraj's mother and a matriarch with a sharp tongue who rules the Shah household. She holds traditional views and tends to favour her son, but she is also able to defend Anupamaa.",
    status:
      'Still on the show, though sources disagree on whether she exited with the 2024 leap (see notes).',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'hasmukh-shah',
      },
      {
        type: 'child',
        character: 'vanraj-shah',
      },
      {
        type: 'child',
        character: 'dolly',
      },
      {
        type: 'sibling',
        character: 'mamaji',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/exclusive-alpana-buch-talks-about-her-character-leela-the-show-anupamaa-and-the-show',
      'https://www.lokmattimes.com/entertainment/alpana-buch-calls-anupamaa-set-as-her-second-home/',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
    ],
  },
  {
    id: 'hasmukh-shah',
    name: 'Hasmukh Shah',
    otherNames: [],
    nicknames: ['Bapuji'],
    household: 'shah',
    lead: false,
    description:
      "Hasmukh, known as Bapuji, is Vanraj's father, a mild-mannered man of firm principles. He regards Anupamaa as a daughter of his own and supports the choices she makes.",
    status: 'Still on the show, according to a 2026 cast list.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'leela-shah',
      },
      {
        type: 'child',
        character: 'vanraj-shah',
      },
      {
        type: 'child',
        character: 'dolly',
      },
    ],
    sources: [
      'https://downtownmirror.in/from-vanraj-to-bapuji-commemorating-fathers-day-with-the-endearing-anupamaa-characters/',
      'https://www.hindustantimes.com/entertainment/tv/anupamaa-bapuji-arvind-vaidya-missing-from-tv-show-101688355326557.html',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
      'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
    ],
  },
  {
    id: 'paritosh-shah',
    name: 'Paritosh Shah',
    otherNames: [],
    nicknames: ['Toshu'],
    household: 'shah',
    lead: false,
    description:
      "Paritosh, or Toshu, is Anupamaa's eldest son. He comes top of his MBA class but turns into a selfish, money-driven man who is more attached to his father. His storylines take in an affair, a string of money schemes and a stroke.",
    status: 'Alive; the role has been recast two times.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'anupamaa',
      },
      {
        type: 'parent',
        character: 'vanraj-shah',
      },
      {
        type: 'sibling',
        character: 'samar-shah',
      },
      {
        type: 'sibling',
        character: 'pakhi-shah',
      },
      {
        type: 'spouse',
        character: 'kinjal-shah',
      },
      {
        type: 'child',
        character: 'pari-shah',
      },
    ],
    sources: [
      'https://ndtv.com/entertainment/aashish-malhotra-quits-anupamaa-after-4-years-thank-you-for-hating-me-so-much-5624874',
      'https://www.republicworld.com/entertainment/television/anupamaa-actor-aashish-mehrotra-aka-toshu-quits-rupali-ganguly-starrer-show-after-4-years/?amp=1',
      'https://www.outlookindia.com/art-entertainment/television/gaurav-sharma-opens-up-about-playing-toshu-in-anupamaa-calls-the-opportunity-a-blessing',
      'https://www.bollywoodlife.com/tv/anupamaa-muskan-bamne-aka-pakhi-to-quit-the-rupali-ganguly-starrer-post-leap-heres-what-she-said-entertainment-news-tv-news-2726515/',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-sagar-parekh-opens-about-playing-samar-shah-anupamaa-says-there-lot-of-pressure',
      'https://odishatv.in/news/entertainment/anupamaa-twist-and-more-anu-may-leave-america-after-shruti-s-taunt-toshu-quits-show-234622',
    ],
  },
  {
    id: 'samar-shah',
    name: 'Samar Shah',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Samar, the younger of Anupamaa's sons, is a dancer who stands by her more firmly than anyone else in the family. He weds Dimpy, but is killed not long before their child is born.",
    status:
      'Dead in the story: he is shot while shielding Anuj, in an episode aired around early October 2023.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'anupamaa',
      },
      {
        type: 'parent',
        character: 'vanraj-shah',
      },
      {
        type: 'sibling',
        character: 'paritosh-shah',
      },
      {
        type: 'sibling',
        character: 'pakhi-shah',
      },
      {
        type: 'spouse',
        character: 'dimpy',
      },
      {
        type: 'partner',
        character: 'nandini',
      },
      {
        type: 'child',
        character: 'ansh-shah',
      },
    ],
    sources: [
      'https://www.iwmbuzz.com/television/news/anupamaa-update-producer-rajan-shahi-calls-samars-death-the-biggest-blow-to-a-mother-hints-at-anuj-anupamaa-separation/2023/10/04',
      'https://www.pinkvilla.com/tv/news/anupamaa-actor-sagar-parekh-posts-beautiful-photo-from-sets-calls-it-straight-from-kabhie-kushi-kabhie-gham-1249223',
      'https://www.bollywoodlife.com/tv/anupamaa-sagar-parekh-aka-samar-talks-about-his-bond-with-rupali-ganguly-entertainment-news-tv-news-2610785/',
      'https://indianexpress.com/article/entertainment/television/paras-kalnawat-anupamaa-exit-jhalak-dikhhla-jaa-10-co-stars-react-8056390/',
      'https://www.iwmbuzz.com/television/celebrities/i-hope-goodness-prevails-in-dimple-now-nishi-saxena-on-the-tragic-phase-in-anupamaa/2023/10/10',
    ],
  },
  {
    id: 'pakhi-shah',
    name: 'Pakhi Shah',
    otherNames: [],
    nicknames: ['Sweety'],
    household: 'shah',
    lead: false,
    description:
      "Pakhi is Anupamaa's pampered and defiant daughter, again and again at odds with her mother. She runs away to marry Adhik and later becomes the mother of a girl, Ishaani.",
    status:
      'Recast once; the actor playing her left ahead of the 2024 generation leap, and no source was found on her status after it.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'anupamaa',
      },
      {
        type: 'parent',
        character: 'vanraj-shah',
      },
      {
        type: 'sibling',
        character: 'paritosh-shah',
      },
      {
        type: 'sibling',
        character: 'samar-shah',
      },
      {
        type: 'spouse',
        character: 'adhik-khanna',
      },
      {
        type: 'child',
        character: 'ishaani',
      },
    ],
    sources: [
      'https://www.hindustantimes.com/htcity/cinema/exclusive-muskan-bamne-quits-anupamaa-after-three-years-says-she-didnt-want-to-play-a-mother-at-such-a-young-age-101703341235904',
      'https://www.bollywoodlife.com/tv/anupamaa-exclusive-chandni-bhagwanani-reveals-why-she-was-hesitant-about-replacing-muskan-bamne-as-pakhi-entertainment-news-tv-news-2758114/',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-i-am-really-excited-about-the-track-pakhi-great-co-star-adhik-mehta-the-current',
      'https://jaigoludevta.in/archives/41',
    ],
  },
  {
    id: 'kinjal-shah',
    name: 'Kinjal Shah',
    otherNames: ['Kinjal Dave'],
    nicknames: ['Kinju'],
    household: 'shah',
    lead: false,
    description:
      "Kinjal is Toshu's calm, sensible wife, a woman with a job of her own, and the daughter of Rakhi Dave. In the Shah household she is generally on Anupamaa's side, and she later becomes Pari's mother.",
    status:
      'The actor who first played her left in October 2024; Kinjal still appears once the 15-year leap has taken place, though her new actor has not been identified.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'paritosh-shah',
      },
      {
        type: 'parent',
        character: 'rakhi-dave',
      },
      {
        type: 'child',
        character: 'pari-shah',
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news/anupamaas-nidhi-shah-aka-kinju-baby-says-goodbye-to-rupali-ganguly-led-show-pens-emotional-note-its-difficult-to-move-on-1352920',
      'https://www.jagran.com/entertainment/tv-anupamaa-kinjal-nidhi-shah-leave-the-show-before-15-years-leap-in-rupali-ganguly-anupama-show-23815666.html',
      'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
      'https://www.indiawest.com/entertainment/bollywood/star-plus-anupamaa-takes-dramatic-unexpected-twist/article_f4fe6012-b98e-11eb-842b-a317defa9956.html',
    ],
  },
  {
    id: 'rakhi-dave',
    name: 'Rakhi Dave',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "Rakhi is Kinjal's mother, a woman with a sharp tongue who is written as a vamp. She mocks Anupamaa and the Shah family, yet she is fiercely protective of her daughter.",
    status: 'Seen only from time to time; it is unclear when she made her final exit.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'child',
        character: 'kinjal-shah',
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news/is-tassnim-sheikh-quitting-rupali-ganguly-starrer-anupamaa-heres-what-we-know-1209901',
      'https://bollywoodtales.com/anupamaa-fame-tassnim-nerurkar-aka-rakhi-dave-talks-about-her-absence-from-the-show/',
    ],
  },
  {
    id: 'dolly',
    name: 'Dolly Dhamecha',
    otherNames: ['Dolly Shah'],
    nicknames: ['Dolly'],
    household: 'shah',
    lead: false,
    description: 'Dolly is the younger sister of Vanraj. She treats Anupamaa with warmth.',
    status: 'Written out in August 2023, after the actor left.',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'sibling',
        character: 'vanraj-shah',
      },
      {
        type: 'parent',
        character: 'leela-shah',
      },
      {
        type: 'parent',
        character: 'hasmukh-shah',
      },
      {
        type: 'spouse',
        character: 'sanjay-dhamecha',
      },
    ],
    sources: [
      'https://www.freepressjournal.in/entertainment/anupamaa-dolly-aka-ekta-saraiya-quits-the-show-after-3-years-know-why',
      'https://blamglam.com/anupama',
      'https://www.news18.com/amp/entertainment/8-actors-who-left-popular-tv-serial-anupamaa-7519489.html',
    ],
  },
  {
    id: 'sanjay-dhamecha',
    name: 'Sanjay Dhamecha',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Sanjay is Dolly's husband. He regards Anupamaa as though she were his own sister.",
    status: 'The actor left around 2022, though this date is held with low confidence.',
    note: null,
    dispute: {
      summary:
        "In an interview, Paresh Bhatt is introduced as playing 'Sanjay Patel', not Sanjay Dhamecha; no second report settles the surname.",
      sources: [
        'https://bollywoodhush.com/actor-paresh-bhatt-shares-insights-into-the-television-serial-anupamaa/',
      ],
    },
    confidence: 'low',
    relations: [
      {
        type: 'spouse',
        character: 'dolly',
      },
    ],
    sources: [
      'https://www.news18.com/amp/entertainment/8-actors-who-left-popular-tv-serial-anupamaa-7519489.html',
      'https://www.hindirush.com/photo-gallery/till-now-these-stars-have-said-goodbye-to-the-tv-show-anupama-used-to-play-these-characters-235214/',
    ],
  },
  {
    id: 'mamaji',
    name: 'Mamaji',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Mamaji is Baa's brother. He sometimes works against his sister's plots, as when she attempts to derail Anupamaa's second wedding.",
    status: 'His current status is not known.',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'sibling',
        character: 'leela-shah',
      },
    ],
    sources: [
      'https://khaskhabarrajkot.com/in-the-hindi-serial-fir-shekhar-shukla-played-as-many-as-650-different-characters',
      'https://www.tellychakkar.com/tv/tv-news/omg-sudhanshu-pandey-aka-vanraj-makes-shocking-statement-about-anuj-kapadias-role-220429',
    ],
  },
  {
    id: 'kanta-joshi',
    name: 'Kanta Joshi',
    otherNames: [],
    nicknames: ['Kanta Ma'],
    household: 'joshi',
    lead: false,
    description:
      "Kanta is Anupamaa's mother, and also the mother of Bhavesh. She gives her daughter steady, understated support.",
    status: 'She has died in the story by the time of the late-2023 leap.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'child',
        character: 'anupamaa',
      },
      {
        type: 'child',
        character: 'bhavesh-joshi',
      },
    ],
    sources: [
      'https://www.indiatvnews.com/entertainment/celebrities/madhavi-gogate-passes-away-anupumaa-co-stars-mourn-demise-of-veteran-marathi-actress-746125',
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
      'https://culturecrossroads.ca/posts/mehul-nisar-rajan-shahis-anupamaa-is-like-home-to-me/',
    ],
  },
  {
    id: 'bhavesh-joshi',
    name: 'Bhavesh Joshi',
    otherNames: [],
    nicknames: [],
    household: 'joshi',
    lead: false,
    description:
      "Bhavesh is Anupamaa's younger brother. Once their mother has died, he keeps Anupamaa company after she comes back to India.",
    status: 'A recurring character.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'sibling',
        character: 'anupamaa',
      },
      {
        type: 'parent',
        character: 'kanta-joshi',
      },
    ],
    sources: [
      'https://culturecrossroads.ca/posts/mehul-nisar-rajan-shahis-anupamaa-is-like-home-to-me/',
      'https://www.indiatvnews.com/entertainment/celebrities/madhavi-gogate-passes-away-anupumaa-co-stars-mourn-demise-of-veteran-marathi-actress-746125',
    ],
  },
  {
    id: 'nandini',
    name: 'Nandini',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "Nandini is a classical dancer who dates Samar in the show's early seasons. She backs Anupamaa.",
    status: 'Her track came to an end in March 2022, when the actor quit; the part was not recast.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'partner',
        character: 'samar-shah',
      },
    ],
    sources: [
      'https://www.hindustantimes.com/entertainment/tv/anupamaas-anagha-bhosale-quits-show-wants-to-focus-on-spiritual-journey-showbiz-is-filled-with-hypocrisy-101646809346063-amp.html',
      'https://www.pinkvilla.com/tv/news-gossip/anupamaa-fame-anagha-bhosale-quits-showbiz-finds-it-filled-hypocrisy-politics-unhealthy-competition-1042197',
    ],
  },
  {
    id: 'anirudh-gandhi',
    name: 'Anirudh Gandhi',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "Anirudh is Kavya's first husband. He turns up again in her storyline from time to time.",
    status: 'A recurring character whose storyline has now ended.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'ex-spouse',
        character: 'kavya-shah',
      },
    ],
    sources: [
      'https://www.news18.com/amp/entertainment/8-actors-who-left-popular-tv-serial-anupamaa-7519489.html',
      'https://www.bollywoodlife.com/tv/anupamaa-rushad-rana-aka-anirudh-gandhi-talks-about-his-return-reacts-to-claims-that-he-came-back-because-wife-is-associated-with-the-show-entertainment-news-2450814/',
      'https://filmykhabri.in/?p=60',
    ],
  },
  {
    id: 'advait-khanna',
    name: 'Dr. Advait Khanna',
    otherNames: ['Advait Khanna'],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      'Dr. Advait Khanna is the physician who looks after Anupamaa during her illness storyline. He also helps Vanraj through depression.',
    status: 'A brief role in 2021.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [],
    sources: [
      'https://www.newsbytesapp.com/news/entertainment/apurva-agnihotri-quits-anupamaa-shares-an-emotional-post/story',
      'https://www.news18.com/amp/entertainment/8-actors-who-left-popular-tv-serial-anupamaa-7519489.html',
    ],
  },
  {
    id: 'devika',
    name: 'Devika',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "Devika is Anupamaa's closest friend and a voice of practical sense. She urges Anupamaa to live for her own sake.",
    status: 'A recurring character.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'friend',
        character: 'anupamaa',
      },
      {
        type: 'partner',
        character: 'dheeraj-kapoor',
      },
    ],
    sources: [
      'https://www.spotboye.com/television/television-news/anupamaa-jaswir-kaur-talks-about-being-like-her-onscreen-character-devika-in-real-life-too/614b430fe002610f01678ccc',
      'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
    ],
  },
  {
    id: 'anuj-kapadia',
    name: 'Anuj Kapadia',
    otherNames: [],
    nicknames: ['AK'],
    household: 'kapadia',
    lead: true,
    description:
      'Anuj is a rich businessman who studied with Anupamaa and has been in love with her for decades. The two marry, making him her second husband, and they adopt Choti Anu before tragedy and misunderstandings drive them apart.',
    status:
      'Missing since the 2024 leap, before which Ankush pushes him off a cliff; the actor says he was not killed off.',
    note: 'Fans refer to Anuj and Anupamaa as a couple by the name MaAn.',
    dispute: {
      summary:
        'Sources disagree on how Anuj knows Anupamaa: some describe him as a friend from school, others as a college friend or a batchmate.',
      sources: [
        'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
        'https://www.pinkvilla.com/tv/news-gossip/anupamaa-gaurav-khanna-shares-bts-pics-rupali-ganguly-they-get-decked-traditional-wear-884942',
      ],
    },
    confidence: null,
    relations: [
      {
        type: 'ex-spouse',
        character: 'anupamaa',
      },
      {
        type: 'adoptive-child',
        character: 'aadhya-kapadia',
      },
      {
        type: 'parent',
        character: 'malti-devi',
      },
      {
        type: 'sibling',
        character: 'ankush-kapadia',
      },
      {
        type: 'sibling',
        character: 'malvika-kapadia',
      },
      {
        type: 'guardian',
        character: 'gopi-kaka',
      },
    ],
    sources: [
      'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
      'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
      'https://www.pinkvilla.com/tv/news/did-gaurav-khanna-quit-anupamaa-due-to-alleged-tiff-with-rupali-ganguly-exclusive-video-1383384',
      'https://www.bollywoodlife.com/tv/anupamaa-apara-mehta-aka-malti-devi-is-all-praise-for-rupali-ganguly-says-she-has-done-a-fabulous-job-entertainment-news-tv-news-2748112/',
    ],
  },
  {
    id: 'gopi-kaka',
    name: 'Gopi Kaka',
    otherNames: [],
    nicknames: ['GK'],
    household: 'kapadia',
    lead: false,
    description:
      "Gopi Kaka is the elderly man who brought Anuj up. He acts as Anuj's guardian and is a father figure to him.",
    status: 'His current status is not known.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'ward',
        character: 'anuj-kapadia',
      },
    ],
    sources: [
      'https://www.indiatoday.in/television/soaps/story/veteran-gujarati-actor-deepak-gheewala-joins-the-cast-of-anupamaa-1851111-2021-09-09',
    ],
  },
  {
    id: 'malvika-kapadia',
    name: 'Malvika Kapadia',
    otherNames: [],
    nicknames: ['Mukku'],
    household: 'kapadia',
    lead: false,
    description:
      "Malvika, nicknamed Mukku, is Anuj's impetuous younger sister. She plays a part in uniting Anuj and Anupamaa, and later becomes caught up with Vanraj.",
    status: 'Written out in 2022, once the actor had left.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'sibling',
        character: 'anuj-kapadia',
      },
    ],
    sources: [
      'https://www.news18.com/news/movies/anupamaa-malvika-aka-aneri-vajani-reveals-why-shes-missing-from-the-show-says-currently-on-a-break-4894865.html',
      'https://abplive.com/entertainment/aneri-vajani-bids-adieu-to-anupama-says-there-is-no-scope-of-returning-to-the-show-2131563',
    ],
  },
  {
    id: 'barkha-kapadia',
    name: 'Barkha Kapadia',
    otherNames: [],
    nicknames: [],
    household: 'kapadia',
    lead: false,
    description:
      "Barkha, Anuj's sister-in-law, is married to Ankush and is preoccupied with status. She is a morally grey figure in the Kapadia household, and Adhik is her brother.",
    status: 'Her storyline came to an end in 2024.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'ankush-kapadia',
      },
      {
        type: 'child',
        character: 'sara-kapadia',
      },
      {
        type: 'sibling',
        character: 'adhik-khanna',
      },
    ],
    sources: [
      'https://www.dnaindia.com/television/report-anupamaa-after-paras-kalnawat-alma-hussein-aka-sara-quits-rupali-ganguly-starrer-show-2982045',
      'https://editorji.com/amp/hindi/entertainment-news/tv/ashlesha-sawant-aka-barkha-kapadia-will-no-longer-be-seen-in-anupamaa-said-my-track-is-over-now-1711546511472',
      'https://techohunt.com/anupama-%e0%a4%b2%e0%a5%80%e0%a4%aa-%e0%a4%95%e0%a5%87-%e0%a4%ac%e0%a4%be%e0%a4%a6-%e0%a4%b6%e0%a5%8b-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%87%e0%a4%b8-%e0%a4%b6%e0%a4%96%e0%a5%8d%e0%a4%b8-%e0%a4%a8',
    ],
  },
  {
    id: 'ankush-kapadia',
    name: 'Ankush Kapadia',
    otherNames: [],
    nicknames: [],
    household: 'kapadia',
    lead: false,
    description:
      'Ankush grows up alongside Anuj as his brother and is married to Barkha. In 2024 he turns on Anuj, seizing his business and, before the leap, shoving him off a cliff.',
    status: 'His status after the 2024 leap is unknown.',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'sibling',
        character: 'anuj-kapadia',
      },
      {
        type: 'spouse',
        character: 'barkha-kapadia',
      },
      {
        type: 'child',
        character: 'sara-kapadia',
      },
    ],
    sources: [
      'https://www.dnaindia.com/television/report-anupamaa-after-paras-kalnawat-alma-hussein-aka-sara-quits-rupali-ganguly-starrer-show-2982045',
      'https://techohunt.com/anupama-%e0%a4%b2%e0%a5%80%e0%a4%aa-%e0%a4%95%e0%a5%87-%e0%a4%ac%e0%a4%be%e0%a4%a6-%e0%a4%b6%e0%a5%8b-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%87%e0%a4%b8-%e0%a4%b6%e0%a4%96%e0%a5%8d%e0%a4%b8-%e0%a4%a8',
      'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
    ],
  },
  {
    id: 'sara-kapadia',
    name: 'Sara Kapadia',
    otherNames: [],
    nicknames: [],
    household: 'kapadia',
    lead: false,
    description:
      "Sara is the daughter of Ankush and Barkha. A tap dancer, she works as an intern at Anupamaa's academy. The writers remove her from the story by sending her to study in the US.",
    status: 'Written out in September 2022.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'barkha-kapadia',
      },
      {
        type: 'parent',
        character: 'ankush-kapadia',
      },
    ],
    sources: [
      'https://www.dnaindia.com/television/report-anupamaa-after-paras-kalnawat-alma-hussein-aka-sara-quits-rupali-ganguly-starrer-show-2982045',
      'https://www.india.com/entertainment/anupamaa-after-paras-kalnawat-sara-aka-alma-hussein-leaves-the-show-my-track-was-tv-news-gossip-5609920/',
    ],
  },
  {
    id: 'adhik-khanna',
    name: 'Adhik Khanna',
    otherNames: [],
    nicknames: [],
    household: 'kapadia',
    lead: false,
    description:
      "Adhik is Barkha's younger brother. He woos and weds Pakhi, and their marriage goes through an abuse storyline and a separation.",
    status: 'His status after 2024 is unknown.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'sibling',
        character: 'barkha-kapadia',
      },
      {
        type: 'spouse',
        character: 'pakhi-shah',
      },
      {
        type: 'child',
        character: 'ishaani',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/exclusive-adhik-mehta-enter-pakhis-boyfriend-anupamaa-new-track-unfold-the-show-220528',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-i-am-really-excited-about-the-track-pakhi-great-co-star-adhik-mehta-the-current',
      'https://www.bollywoodlife.com/tv/anupamaa-adhik-mehta-talks-about-playing-negative-role-in-rupali-gangulys-show-says-i-hope-that-entertainment-news-2723979/',
      'https://www.bollywoodlife.com/tv/anupamaa-exclusive-chandni-bhagwanani-reveals-why-she-was-hesitant-about-replacing-muskan-bamne-as-pakhi-entertainment-news-tv-news-2758114/',
      'https://jaigoludevta.in/archives/41',
    ],
  },
  {
    id: 'aadhya-kapadia',
    name: 'Aadhya Kapadia',
    otherNames: ['Raahi'],
    nicknames: ['Choti Anu'],
    household: 'kapadia',
    lead: true,
    description:
      'Aadhya, first known as Choti Anu, is the girl adopted by Anuj and Anupamaa. After her birth mother Maya takes her back, she becomes a bitter teenager who holds Anupamaa responsible. Following the 15-year leap she lives in Dwarka under the name Raahi, until the rift heals and she falls in love with Prem.',
    status: 'Alive; four actors have played her at different ages.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'adoptive-parent',
        character: 'anupamaa',
      },
      {
        type: 'adoptive-parent',
        character: 'anuj-kapadia',
      },
      {
        type: 'biological-parent',
        character: 'maya',
      },
      {
        type: 'spouse',
        character: 'prem-kothari',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/maya-succeeds-breaking-ties-between-anuj-anupamaa-says-gaurav-khanna-anupamaa-230404',
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twist-anu-to-do-the-unimaginable-for-ex-husband-anuj-devika-to-give-her-strength-entertainment-news-2758637/',
      'https://www.koimoi.com/television/anupamaa-raahi-alisha-parveen-removed-from-the-show-overnight-expresses-frustration-after-kinjal-samar-took-supposed-digs-at-rupali-ganguly/',
      'https://prabhatkhabar.com/entertainment/anupama-leap-shivam-khajuria-on-his-entry-in-show-says-prem-ek-modern-krishna-jaisa-hai/amp',
      'https://eflip.in/anupamaa-serial-update-rahi-ends-her-relationship-with-prem-mahi-uses-the-opportunity',
    ],
  },
  {
    id: 'maya',
    name: 'Maya',
    otherNames: [],
    nicknames: [],
    household: 'kapadia',
    lead: false,
    description:
      "Maya is Choti Anu's birth mother. She becomes obsessed with claiming both the girl and Anuj for herself, and she dies while rescuing Anupamaa from a truck.",
    status: 'Her death in the story comes in July 2023.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'biological-child',
        character: 'aadhya-kapadia',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/maya-succeeds-breaking-ties-between-anuj-anupamaa-says-gaurav-khanna-anupamaa-230404',
      'https://npg.news/web-stories/anupama-6-july-2023-maaya-ki-maut-ke-baad-khushi-mein-jhoom-utha-shah-pariwar-dance-karate-hue-manaya-jashn-746',
      'https://www.newscontinuous.com/entertainment/kavya-shares-good-news-for-anupama-bapu-ji-is-back-in-show',
    ],
  },
  {
    id: 'dimpy',
    name: 'Dimple Shah',
    otherNames: [],
    nicknames: ['Dimpy'],
    household: 'shah',
    lead: false,
    description:
      'Dimple, called Dimpy, is a sexual assault survivor who marries Samar. Widowed, she brings up their son and later falls in love with Titu. She is killed in a fire just ahead of the 15-year leap.',
    status: 'Dies in the story in October 2024, in a fire before the leap.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'samar-shah',
      },
      {
        type: 'partner',
        character: 'titu',
      },
      {
        type: 'child',
        character: 'ansh-shah',
      },
    ],
    sources: [
      'https://www.iwmbuzz.com/television/celebrities/i-hope-goodness-prevails-in-dimple-now-nishi-saxena-on-the-tragic-phase-in-anupamaa/2023/10/10',
      'https://www.jansatta.com/entertainment/anupamaa-leap-promo-watch-shah-family-out-from-asha-bhavan-news-stars-enter-in-show-see-fans-reaction/3618638',
      'https://www.pinkvilla.com/tv/news/will-shivangi-joshi-be-a-part-of-anupamaa-actress-breaks-silence-1352428',
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
    ],
  },
  {
    id: 'dheeraj-kapoor',
    name: 'Dheeraj Kapoor',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "Dheeraj is Devika's partner. He is described in some places as her husband and in others as the man she intends to marry.",
    status: 'His storyline stopped when the actor died in May 2023.',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'partner',
        character: 'devika',
      },
    ],
    sources: [
      'https://www.merisaheli.com/dheeraj-kapoor-of-tv-show-anupamaa-actor-nitesh-pandey-dies-of-a-cardiac-arrest-at-51',
      'https://bollywoodtales.com/uncertainty-looms-for-jaswir-kaurs-character-in-anupamaa-after-co-stars-tragic-demise/',
      'https://www.mid-day.com/entertainment/television-news/article/rupali-ganguly-remembers-her-anupamaa-co-star-nitesh-pandey-cant-believe-ill-never-meet-him-again-23288406',
    ],
  },
  {
    id: 'malti-devi',
    name: 'Malti Devi',
    otherNames: [],
    nicknames: ['Guru Maa'],
    household: 'kapadia',
    lead: false,
    description:
      "Malti Devi, known as Guru Maa, is a renowned classical dancer who takes Anupamaa under her wing. Once it emerges that she is Anuj's birth mother, she sets herself against Anupamaa.",
    status: 'Written out at about the time of the late-2023 leap.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'child',
        character: 'anuj-kapadia',
      },
    ],
    sources: [
      'https://www.indiatvnews.com/entertainment/tv/anupamaa-apara-mehta-opens-up-about-her-character-in-rupali-ganguli-show-anuj-gaurav-khanna-2023-05-16-870807',
      'https://www.bollywoodlife.com/tv/anupamaa-apara-mehta-aka-malti-devi-reveals-why-she-agreed-to-be-a-part-of-the-rupali-ganguly-show-entertainment-news-tv-news-2628241/',
      'https://www.bollywoodlife.com/tv/anupamaa-apara-mehta-aka-malti-devi-is-all-praise-for-rupali-ganguly-says-she-has-done-a-fabulous-job-entertainment-news-tv-news-2748112/',
      'https://pkwp184.prabhatkhabar.com/entertainment/anupama-fame-apara-mehta-aka-guru-maa-playing-yogini-kapila-role-in-nia-sharma-serial-suhagan-chudail/amp?src=android',
    ],
  },
  {
    id: 'titu',
    name: 'Tapish',
    otherNames: [],
    nicknames: ['Titu'],
    household: 'shah',
    lead: false,
    description:
      "Tapish, nicknamed Titu, is a young dancer who teaches at Anupamaa's academy. He helps Anupamaa bear her grief after Samar dies, and becomes Dimpy's partner.",
    status: 'Written out ahead of the 15-year leap.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'partner',
        character: 'dimpy',
      },
    ],
    sources: [
      'https://www.tribuneindia.com/news/lifestyle/its-a-beautiful-bond-566660',
      'https://www.moviegaze.com/anupamaa-exclusive-kunwar-amarjeet-singh-reveals-if-tapish-will-fill-in-samars-place-in-anus-life/',
      'https://stage.prabhatkhabar.com/entertainment/anupama-titu-aka-kunwar-amar-reacts-on-quitting-show-and-rajan-shahi-reaction-says-mai-gaya-unke-pass-or/amp',
      'https://naradnews.com/अनुपमा-के-कुँवर-अमर-ने-रूप',
      'https://thenews11.com/anupamaa-This-actresss-departure-from-Anupama-serial-will-not-be-seen-now-know-why-she-left-the-show',
    ],
  },
  {
    id: 'shruti',
    name: 'Shruti',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      'After his divorce, Anuj becomes engaged to Shruti in America. She is a rival figure for a short stretch and in the end departs for the US.',
    status: 'Written out in mid-2024.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'fiance',
        character: 'anuj-kapadia',
      },
    ],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-chandni-bhagwanani-recalls-getting-death-threats-reveals-rupali-gangulys-warm-gesture-on-first-day-of-shoot-entertainment-news-2744542/',
      'https://terka.info/television/anupamaa-fame-sukirti-kandpal-quits-show-post-leap-says-it-was-a-short-and-sweet-journey-84913',
      'https://tv9hindi.com/entertainment/television/anupama-shocking-update-sukirti-kandpal-to-quit-rupali-ganguly-show-2701316.html',
    ],
  },
  {
    id: 'yashdeep',
    name: 'Yashdeep',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      'Yashdeep owns Spice and Chutney, the American restaurant where Anupamaa is employed. He is an admirer of hers.',
    status: 'His current status is not known.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-is-gaurav-khanna-aka-anuj-kapadia-quitting-the-show-heres-what-we-know-entertainment-news-tv-news-2816232/',
      'https://www.filmibeat.com/amphtml/television/news/2024/anupamaa-twist-will-yashdeep-exit-rupali-ganguly-gaurav-khanna-show-vaquar-shaikh-reveals-truth-maan-392685.html',
    ],
  },
  {
    id: 'ishaani',
    name: 'Ishaani',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      'Ishaani is the daughter of Pakhi and Adhik. Following the generation leap she grows into a troubled young woman whose storylines involve drugs and an affair.',
    status: 'Alive; the grown-up Ishaani was recast in October 2025.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'pakhi-shah',
      },
      {
        type: 'parent',
        character: 'adhik-khanna',
      },
    ],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-exclusive-chandni-bhagwanani-reveals-why-she-was-hesitant-about-replacing-muskan-bamne-as-pakhi-entertainment-news-tv-news-2758114/',
      'https://www.abplive.com/entertainment/television/anupama-fame-ishani-aka-vidushi-tiwari-exit-from-rupali-ganguly-show-3025511',
      'https://dharamnirpekshrajya.com/a-painful-twist-of-deception-will-be-seen-in-anupama-ishita-dixit-told-the-latest-update',
    ],
  },
  {
    id: 'pari-shah',
    name: 'Pari',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Pari is the daughter of Toshu and Kinjal. After the leap she is Raja's wife, and she is shattered when he has an affair with Ishaani.",
    status: 'Alive in the story.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'paritosh-shah',
      },
      {
        type: 'parent',
        character: 'kinjal-shah',
      },
    ],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-muskan-bamne-aka-pakhi-to-quit-the-rupali-ganguly-starrer-post-leap-heres-what-she-said-entertainment-news-tv-news-2726515/',
      'https://dharamnirpekshrajya.com/a-painful-twist-of-deception-will-be-seen-in-anupama-ishita-dixit-told-the-latest-update',
      'https://www.prajasatta.in/entertainment/anupamaa-will-see-a-painful-twist-of-betrayal-ishita-dixit-reveals-the-latest-update',
    ],
  },
  {
    id: 'ansh-shah',
    name: 'Ansh',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Ansh is the son of Samar and Dimpy, born after his father's death. He is an adult once the story jumps 15 years, and goes on to marry Prarthana Kothari.",
    status: 'Alive; the actor playing him as an adult has not been identified.',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'parent',
        character: 'samar-shah',
      },
      {
        type: 'parent',
        character: 'dimpy',
      },
      {
        type: 'spouse',
        character: 'prarthana-kothari',
      },
    ],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
      'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
      'https://www.prabhatkhabar.com/entertainment/anupama-ishaani-aka-vidushi-tiwari-quits-show-says-yeh-ansh-prarthana-ki-shadi-ke-dauran-hua',
    ],
  },
  {
    id: 'maahi',
    name: 'Maahi',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Maahi is a girl who grows up in the Shah household and is reportedly Kavya's daughter. She is in love with Prem, and turns resentful towards Anupamaa once he picks Raahi.",
    status: 'Alive in the story.',
    note: "A January 2024 report gives the name Maahi to Kavya's daughter; linking her to the Maahi seen after the leap is an inference.",
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'parent',
        character: 'kavya-shah',
      },
    ],
    sources: [
      'https://iwmbuzz.com/television/spoilers/anupamaa-upcoming-twist-maahi-rigs-the-game-meant-to-pick-ram-sita-desires-to-be-paired-with-prem/2024/12/09',
      'https://iwmbuzz.com/television/spoilers/anupamaa-upcoming-twist-anupamaa-chooses-raahi-over-maahi-for-prem-maahi-gets-hysterical/2025/01/07',
      'https://www.bollywoodlife.com/tv/anupamaa-fame-madalsa-sharma-reacts-to-kavya-facing-criticism-for-staying-with-vanraj-instead-of-daughter-maahi-exclusive-entertainment-news-2768393/',
      'https://subkuz.com/news/hindi/details/anupma-kee-mahee-yanee-spha-chtrjee-riyl-laiph-men-dikhtee-aur-bhee-glaimrs-dekhen-unkee-khoobsoort-tsveeren/100776',
    ],
  },
  {
    id: 'prem-kothari',
    name: 'Prem Kothari',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: true,
    description:
      "Prem, a good-natured young man, helps Anupamaa track down Aadhya in Dwarka. Taken at first for an orphan, he turns out to be the rich Kotharis' estranged son, and he marries Raahi.",
    status: 'Still on the show.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'aadhya-kapadia',
      },
      {
        type: 'parent',
        character: 'parag-kothari',
      },
      {
        type: 'parent',
        character: 'khyati-kothari',
      },
      {
        type: 'sibling',
        character: 'prarthana-kothari',
      },
      {
        type: 'grandparent',
        character: 'moti-baa-kothari',
      },
    ],
    sources: [
      'https://prabhatkhabar.com/entertainment/anupama-leap-shivam-khajuria-on-his-entry-in-show-says-prem-ek-modern-krishna-jaisa-hai/amp',
      'https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1',
      'https://eflip.in/anupamaa-serial-update-rahi-ends-her-relationship-with-prem-mahi-uses-the-opportunity',
      'https://ianslive.in/shivam-khajuria-shares-anecdote-from-lunch-breaks-on-anupamaa--20250813230319',
    ],
  },
  {
    id: 'khyati-kothari',
    name: 'Khyati Kothari',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: false,
    description:
      "Khyati is Prem's mother and part of the wealthy Kothari household. Her first encounter with Anupamaa comes when she hires Anupamaa's kitchen for a puja the family is holding.",
    status: 'On the show in 2025.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'child',
        character: 'prem-kothari',
      },
      {
        type: 'child',
        character: 'prarthana-kothari',
      },
      {
        type: 'spouse',
        character: 'parag-kothari',
      },
      {
        type: 'child',
        character: 'aryan-kothari',
      },
    ],
    sources: [
      'https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1',
      'https://eflip.in/anupamaa-serial-update-rahi-ends-her-relationship-with-prem-mahi-uses-the-opportunity',
      'https://www.prabhatkhabar.com/entertainment/anupama-manish-goel-talks-about-fan-shocking-reaction-on-raghav-entry-in-show-says-main-tv-tod-dungi',
    ],
  },
  {
    id: 'parag-kothari',
    name: 'Parag Kothari',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: false,
    description:
      "Parag is Prem's father, an overbearing businessman fixated on social standing. At first he regards Anupamaa as beneath him.",
    status: 'On the show in 2025.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'child',
        character: 'prem-kothari',
      },
      {
        type: 'child',
        character: 'prarthana-kothari',
      },
      {
        type: 'spouse',
        character: 'khyati-kothari',
      },
    ],
    sources: [
      'https://eflip.in/anupamaa-serial-update-rahi-ends-her-relationship-with-prem-mahi-uses-the-opportunity',
      'https://www.prabhasakshi.com/amp/news/anupamaa-rahil-azam-tells-why-it-is-ironic-to-be-a-part-of-rupali-ganguly-show',
      'https://stage.prabhatkhabar.com/entertainment/anupama-fame-sheersha-tiwari-aka-prarthana-talks-about-wowking-in-show-says-iss-kahani-ne-mujhe/amp',
    ],
  },
  {
    id: 'moti-baa-kothari',
    name: 'Moti Baa Kothari',
    otherNames: ['Vasundhara'],
    nicknames: ['Motiba', 'Moti Baa'],
    household: 'kothari',
    lead: false,
    description:
      "Moti Baa is Prem's grandmother. A formidable woman, she presides over the Kothari clan.",
    status: 'Still on the show, according to a 2026 cast list.',
    note: "One report (Navbharat Live, on Prarthana's baby-shower track) gives her given name as Vasundhara; no second report was found.",
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'grandchild',
        character: 'prem-kothari',
      },
    ],
    sources: [
      'https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
      'https://dharamnirpekshrajya.com/a-painful-twist-of-deception-will-be-seen-in-anupama-ishita-dixit-told-the-latest-update',
      'https://navbharatlive.com/entertainment/anupama-twist-parag-ultimatum-prarthana-decision-spoiler-1510332.html/amp',
    ],
  },
  {
    id: 'prarthana-kothari',
    name: 'Prarthana Kothari',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: false,
    description:
      "Prarthana is Prem's sister. Her first husband, Gautam, is abusive, and she is trapped in that marriage before she later weds Ansh.",
    status: 'On the show in 2025.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'sibling',
        character: 'prem-kothari',
      },
      {
        type: 'parent',
        character: 'parag-kothari',
      },
      {
        type: 'spouse',
        character: 'ansh-shah',
      },
    ],
    sources: [
      'https://stage.prabhatkhabar.com/entertainment/anupama-fame-sheersha-tiwari-aka-prarthana-talks-about-wowking-in-show-says-iss-kahani-ne-mujhe/amp',
      'https://www.prabhatkhabar.com/entertainment/anupama-ishaani-aka-vidushi-tiwari-quits-show-says-yeh-ansh-prarthana-ki-shadi-ke-dauran-hua',
    ],
  },
  {
    id: 'kothari-chacha',
    name: 'Anil Kothari',
    otherNames: [],
    nicknames: ['Chacha'],
    household: 'kothari',
    lead: false,
    description: "Parag's brother and Prem's paternal uncle (chacha) in the Kothari family (2025).",
    status: 'Reported in January 2025 to be joining the show.',
    note: "His name rests on two reports: Prabhat Khabar (27 Apr 2025) names Parag's brother Anil, and Bollywood Bright (undated) says Mazher Sayed entered as Anil Kothari. That the uncle announced in Jan 2025 is this Anil is the wiki's reading of those two reports.",
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'relative',
        character: 'prem-kothari',
      },
      {
        type: 'sibling',
        character: 'parag-kothari',
      },
    ],
    sources: [
      'https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1',
      'https://www.prabhatkhabar.com/entertainment/anupama-fame-aryan-aka-randeep-rai-reacts-on-working-with-mahi-aka-spreha-chatterjee-in-show/amp',
      'https://bollywoodbright.com/%E0%A4%AE%E0%A4%9C%E0%A4%BC%E0%A4%B9%E0%A4%B0-%E0%A4%B8%E0%A4%88%E0%A4%A6-%E0%A4%A8%E0%A5%87-%E0%A4%AC%E0%A4%A4%E0%A4%BE%E0%A4%AF%E0%A4%BE-%E0%A4%95%E0%A4%BF-%E0%A4%95%E0%A5%8D%E0%A4%AF%E0%A4%BE/',
    ],
  },
  {
    id: 'kothari-chachi',
    name: "Prem's aunt (name not known)",
    otherNames: [],
    nicknames: ['Chachi'],
    household: 'kothari',
    lead: false,
    description:
      "A paternal aunt (chachi) on the Kothari side of the family. The sources do not give her character's name.",
    status: 'Reported in January 2025 to be joining the show.',
    note: null,
    dispute: null,
    confidence: 'low',
    relations: [
      {
        type: 'relative',
        character: 'prem-kothari',
      },
    ],
    sources: ['https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1'],
  },
  {
    id: 'raghav',
    name: 'Raghav',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      'Raghav is a prisoner carrying a painful history, and in 2025 Anupamaa sets out to help him. Some viewers wrongly took him to be a substitute for Anuj.',
    status: 'Written out during 2025.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [],
    sources: [
      'https://www.prabhatkhabar.com/entertainment/anupama-manish-goel-talks-about-fan-shocking-reaction-on-raghav-entry-in-show-says-main-tv-tod-dungi',
      'https://stage.prabhatkhabar.com/entertainment/anupama-raghav-aka-manish-goel-exit-from-show-saya-kuch-goodbye-bahut',
      'https://theindiadaily.com/entertainment/tv-actor-manish-goel-is-set-to-join-rupali-ganguly-show-anupamaa-know-here-serial-upcoming-twist-news-68893',
    ],
  },
  {
    id: 'moti-baa-shah',
    name: 'Moti Baa Shah',
    otherNames: [],
    nicknames: ['Moti Baa'],
    household: 'prequel',
    lead: false,
    description:
      "Moti Baa is Vanraj's grandmother and Leela's mother-in-law, and she appears only in the prequel. There she backs the young Anupamaa's dreams.",
    status: 'Appears in the prequel only.',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'grandchild',
        character: 'vanraj-shah',
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news-gossip/sudhanshu-pandey-reveals-what-audience-will-witness-anupama-namaste-america-1077457',
      'https://www.india.com/entertainment/anupama-rupali-ganguly-expresses-her-excitement-for-prequel-anupamaa-namaste-america-fans-ask-maan-hoga-5313675/',
      'https://www.koimoi.com/television/anupamaa-namaste-america-star-rupali-ganguly-on-working-with-veteran-actress-sarita-joshi-she-inspires-me-i-admire-her-work/',
      'https://www.iamgujarat.com/entertainment/tv/actress-sarita-joshi-to-enter-prequel-of-anupamaa-she-will-play-moti-baa-role/articleshow/90438792.cms',
    ],
  },
  {
    id: 'vanraj-prequel-ex-girlfriend',
    name: "Vanraj's former girlfriend (name not known)",
    otherNames: [],
    nicknames: [],
    household: 'prequel',
    lead: false,
    description:
      'In the prequel, she is the woman Vanraj loved in his college days. Her story is said to show how he turned into the man viewers know from the main series.',
    status: 'Appears in the prequel only.',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'former-partner',
        character: 'vanraj-shah',
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news-gossip/sudhanshu-pandey-reveals-what-audience-will-witness-anupama-namaste-america-1077457',
    ],
  },
  {
    id: 'goa-arc-2026-character',
    name: 'New character of the 2026 Goa arc (name not disclosed)',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "A new character who first appears in promos from March 2026. During Anupamaa's Goa chapter, this figure pushes her to become self-reliant; the makers have kept further details back.",
    status: 'On the show in 2026.',
    note: null,
    dispute: null,
    confidence: 'low',
    relations: [],
    sources: [
      'https://www.bollywoodlife.com/hi/tv/anupama-yekkh-star-sachin-tyagi-reacts-on-working-in-rupali-ganguly-show-3325094/',
      'https://www.navarashtra.com/movies/bollywood/new-twist-in-star-plus-popular-anupama-sachin-tyagi-makes-a-grand-entry-1165225.html',
      'https://www.abplive.com/entertainment/bollywood/sachin-tyagi-joining-anupamaa-said-audience-will-truly-enjoy-3098708',
    ],
  },
  {
    id: 'aryan-kothari',
    name: 'Aryan Kothari',
    otherNames: ['Mohit'],
    nicknames: [],
    household: 'kothari',
    lead: false,
    description:
      "A short-lived antagonist of the 2025 Kothari storyline. He enters in March 2025 as Mohit, a loner who rescues Raahi, and is revealed in April 2025 as Khyati's son from before her marriage to Parag, Prem's half-brother; from then on he is called Aryan. Maahi romances him to use him, and the character dies around May 2025.",
    status: 'Died in the story around May 2025.',
    note: "That 'Mohit' and 'Aryan Kothari' are one character is the wiki's inference, stated in no single article: reports from 31 Mar to 10 Apr 2025 call Randeep Rai's character Mohit (Sakshi Post/IANS, DNA, Prabhat Khabar), reports from 27 Apr 2025 on call the same actor's character Aryan (Prabhat Khabar, IWMBuzz, HT City), and the actor describes one continuous role of about six weeks. The wiki earlier listed a separate character 'Mohit'; that was wrong.",
    dispute: null,
    confidence: 'high',
    relations: [
      {
        type: 'parent',
        character: 'khyati-kothari',
      },
      {
        type: 'sibling',
        character: 'prem-kothari',
      },
      {
        type: 'former-partner',
        character: 'maahi',
      },
    ],
    sources: [
      'https://www.sakshipost.com/news/ranndeep-r-rai-joining-anupamaa-saying-no-any-part-show-not-option-392617',
      'https://www.dnaindia.com/television/report-anupamaa-to-get-new-antagonist-yeh-rishta-kya-kehlata-hai-actor-mukund-kapahi-to-enter-rupali-ganguly-show-star-plus-jiohotstar-latest-episodes-3142596',
      'https://stage.prabhatkhabar.com/entertainment/anupama-fame-prem-aka-shivam-khajuria-talks-about-working-with-adrija-roy-in-show-says-wo-iss-kirdaar-ko/amp',
      'https://www.iwmbuzz.com/television/news/anupamaa-actor-randeep-rai-opens-up-on-choosing-negative-role-you-learn-new-things/2025/04/29',
      'https://www.prabhatkhabar.com/entertainment/anupama-fame-aryan-aka-randeep-rai-reacts-on-working-with-mahi-aka-spreha-chatterjee-in-show/amp',
      'https://www.hindustantimes.com/htcity/actor-randeep-rai-clarifies-that-his-role-in-the-television-daily-anupamaa-was-always-shortterm-101748237210999.html',
      'https://stage.prabhatkhabar.com/entertainment/anupama-new-entry-mukund-kapahi-enter-in-rajan-shahi-show-as-mohit-friend-says-mai-negative-role-mai/amp',
    ],
  },
  {
    id: 'nakul',
    name: 'Nakul',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "Malti Devi's favourite student at her dance gurukul (2023). He introduces Anupamaa to Guru Maa, then turns jealous and scheming when Malti Devi favours Anupamaa for the gurukul in America.",
    status: 'Seen in 2023; when the track ended is not reported.',
    note: null,
    dispute: null,
    confidence: 'high',
    relations: [],
    sources: [
      'https://www.news18.com/amp/entertainment/television/meet-the-new-characters-to-soon-feature-in-rupali-gangulys-anupamaa-7763881.html',
      'https://www.mid-day.com/entertainment/television-news/article/anupamaa-actor-aman-maheshwari-on-working-with-rupali-ganguly-its-a-blessing-23291705',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-aman-maheshwari-opens-his-experience-of-working-anupamaas-star-cast-went-all',
      'https://www.news18.com/amp/entertainment/television/aman-maheshwari-turned-down-two-hit-shows-for-anupamaa-i-wanted-to-do-something-different-8246935.html',
    ],
  },
  {
    id: 'diya',
    name: 'Diya',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      'A classical dancer and army wife who runs a dance academy in the 2024 America chapter; a friend of Yashdeep who dances a duet with Anupamaa. Her track was left open-ended.',
    status: 'Last seen in 2024; the track was left open to a return.',
    note: null,
    dispute: null,
    confidence: 'high',
    relations: [
      {
        type: 'friend',
        character: 'yashdeep',
      },
    ],
    sources: [
      'https://www.iwmbuzz.com/television/celebrities/i-relate-totally-with-my-character-of-diya-in-anupamaa-parakh-madan/2024/03/23',
      'https://updatetimes.in/anupama%e0%a4%85%e0%a4%ac-%e0%a4%a4%e0%a5%8b%e0%a4%b7%e0%a5%81-%e0%a4%95%e0%a5%87-%e0%a4%ac%e0%a4%be%e0%a4%a6-%e0%a4%87%e0%a4%b8-%e0%a4%95%e0%a4%bf%e0%a4%b0%e0%a4%a6%e0%a4%be%e0%a4%b0-%e0%a4%a8',
    ],
  },
  {
    id: 'aryan-kothari-friend',
    name: "Aryan's friend (name not known)",
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      'An antagonist who enters in April 2025 as the friend of Mohit, the character later revealed as Aryan Kothari. The reports found do not give his name.',
    status: 'Seen in April 2025; when he left is not reported.',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'friend',
        character: 'aryan-kothari',
      },
    ],
    sources: [
      'https://www.dnaindia.com/television/report-anupamaa-to-get-new-antagonist-yeh-rishta-kya-kehlata-hai-actor-mukund-kapahi-to-enter-rupali-ganguly-show-star-plus-jiohotstar-latest-episodes-3142596',
      'https://stage.prabhatkhabar.com/entertainment/anupama-new-entry-mukund-kapahi-enter-in-rajan-shahi-show-as-mohit-friend-says-mai-negative-role-mai/amp',
    ],
  },
  {
    id: 'kumar-sanu-himself',
    name: 'Kumar Sanu (as himself)',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "The playback singer, appearing as himself to sing his hits at Samar and Dimpy's wedding (May 2023).",
    status: 'A guest appearance in May 2023.',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [],
    sources: [
      'https://hindi.filmycharcha.com/apart-from-gurumaa-this-special-persons-entry-will-be-there-in-anupamas-son-samars-wedding/',
    ],
  },
  {
    id: 'film-city-crew-member',
    name: "Film City crew member (cameo by the show's director)",
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "An on-screen cameo by the show's director, Romesh Kalra, when Anupamaa takes her food to Film City in Mumbai with Ishaani and Pari (after the 2024 generation leap). The character's name is not given.",
    status: 'A one-off appearance; the month is not reported.',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [],
    sources: [
      'https://www.prabhatkhabar.com/entertainment/anupama-new-entry-show-director-romesh-kalra-on-working-with-rupali-ganguly-in-show-says-this/amp',
    ],
  },
  {
    id: 'anuj-father',
    name: "Anuj's father",
    otherNames: [],
    nicknames: [],
    household: 'kapadia',
    lead: false,
    description:
      "Anuj Kapadia's birth father, seen in July 2023 flashbacks about Malti Devi's past. The report found does not give his name.",
    status: 'Seen only in flashbacks (July 2023).',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'biological-child',
        character: 'anuj-kapadia',
      },
      {
        type: 'former-partner',
        character: 'malti-devi',
      },
    ],
    sources: [
      'https://khaboreprakash.com/2023/07/29/anupamaa-new-entry-kulfi-kumar-bajewala-fame-viraaj-kapoor-joins-show-as-ankush-illegitimate-son-anupamaa-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%b9%e0%a5%8b-%e0%a4%b0%e0%a4%b9%e0%a5%80-%e0%a4%8f',
    ],
  },
  {
    id: 'romil-kapadia',
    name: 'Romil Kapadia',
    otherNames: [],
    nicknames: ['Romil'],
    household: 'kapadia',
    lead: false,
    description:
      "Ankush Kapadia's teenage son from an extramarital affair, raised by his maternal grandmother. He is brought into the Kapadia house in July 2023, resented by Barkha and Adhik and won over by Anupamaa.",
    status: 'Seen from July 2023; when the track ended is not reported.',
    note: null,
    dispute: null,
    confidence: 'high',
    relations: [
      {
        type: 'parent',
        character: 'ankush-kapadia',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/exclusive-viraj-kapoor-reveals-why-he-not-finding-difficult-play-romils-character',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-anupamaa-fame-viraj-kapoor-opens-reuniting-former-co-stars-nishi-saxena-sagar',
      'https://yrkkhwrittenupdate.net/anupamaa-fame-viraj-kapoors-mumbai-odyssey-from-reluctant-relocation-to-pursuing-his-acting-dreams/',
      'https://khaboreprakash.com/2023/07/29/anupamaa-new-entry-kulfi-kumar-bajewala-fame-viraaj-kapoor-joins-show-as-ankush-illegitimate-son-anupamaa-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%b9%e0%a5%8b-%e0%a4%b0%e0%a4%b9%e0%a5%80-%e0%a4%8f',
    ],
  },
  {
    id: 'raja',
    name: 'Raja',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: false,
    description:
      "Pari's husband. In the Oct 2025 storyline he is exposed as having an affair with Ishaani. The reports found do not name his actor.",
    status: 'Seen in 2025; actor not known.',
    note: null,
    dispute: null,
    confidence: 'high',
    relations: [
      {
        type: 'spouse',
        character: 'pari-shah',
      },
    ],
    sources: [
      'https://dharamnirpekshrajya.com/a-painful-twist-of-deception-will-be-seen-in-anupama-ishita-dixit-told-the-latest-update',
      'https://hindi.thetrendingpeople.com/2025/10/anupama-actress-ishita-dixit-reveals-big-twist-paritosh-raj-ishani-affairs.html',
    ],
  },
  {
    id: 'prarthana-daughter',
    name: "Prarthana's daughter (name not known)",
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      'The baby girl Prarthana gives birth to shortly before her death in March 2026; Anupamaa takes her to Goa for a fresh start. Her name and child actor are not reported.',
    status: 'Born in the story in early 2026.',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'parent',
        character: 'prarthana-kothari',
      },
    ],
    sources: [
      'https://www.freepressjournal.in/entertainment/anupamaa-sheersha-tiwari-calls-prarthnas-death-heartbreaking-reveals-why-makers-ended-her-character',
    ],
  },
  {
    id: 'pankhuri',
    name: 'Pankhuri',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: false,
    description:
      "Moti Baa's daughter and Parag's sister, who married Raghav, a humble clerk, against her family's wishes and went missing; Raghav blames Parag and Moti Baa (April 2025 storyline). No actor for her was found.",
    status: 'Missing in the 2025 storyline; actor not known.',
    note: null,
    dispute: null,
    confidence: 'high',
    relations: [
      {
        type: 'parent',
        character: 'moti-baa-kothari',
      },
      {
        type: 'sibling',
        character: 'parag-kothari',
      },
      {
        type: 'spouse',
        character: 'raghav',
      },
    ],
    sources: [
      'https://www.prabhatkhabar.com/entertainment/anupama-fame-aryan-aka-randeep-rai-reacts-on-working-with-mahi-aka-spreha-chatterjee-in-show/amp',
      'https://hindi.ebmnews.com/entertainment/237700',
    ],
  },
  {
    id: 'gautam',
    name: 'Gautam',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: false,
    description:
      "Prarthana's first husband, a short-tempered man from whom she seeks a divorce (May 2025); she later marries Ansh. The reports found do not name his actor.",
    status: 'Seen in 2025; actor not known.',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'ex-spouse',
        character: 'prarthana-kothari',
      },
    ],
    sources: [
      'https://stage.prabhatkhabar.com/entertainment/anupama-fame-sheersha-tiwari-aka-prarthana-talks-about-wowking-in-show-says-iss-kahani-ne-mujhe/amp',
    ],
  },
  {
    id: 'yashpal',
    name: 'Yashpal',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "Yashdeep's elder brother in the 2024 America chapter; Yashdeep, a former army officer, moved to the US to live with him and their mother. The reports were inconsistent at Yashdeep's entry (one calls Yashdeep Yashpal's son), and none names Yashpal's actor.",
    status: 'Seen in 2024; actor not known.',
    note: null,
    dispute: null,
    confidence: 'high',
    relations: [
      {
        type: 'sibling',
        character: 'yashdeep',
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news/exclusive-vaquar-shaikh-on-entering-show-as-third-wheel-between-anuj-and-anupamaa-not-carrying-a-baggage-1271823',
      'https://www.indiatvnews.com/entertainment/tv/qubool-hai-actor-vaquar-shaikh-to-enter-rupali-ganguli-s-anupamaa-2024-01-16-912171',
    ],
  },
];
